/**
 * Feature: answer the popup's and background's messages (protocol/messages.ts). Only messages from this
 * extension are answered; anything else gets no answer, so other listeners may take it.
 */
import { browser, type Browser, type ContentScriptContext } from '#imports';
import { asRequest, type Request } from '../../protocol/messages.ts';
import { reportOnce } from './errors.ts';
import { completeReply } from './page-pass.ts';
import { revealStatement } from './reveal.ts';
import type { Session } from './session.ts';
import { statementAtSelection } from './statement-at-selection.ts';

export function answerMessages(ctx: ContentScriptContext, session: Session): void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
  ): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id) return undefined;
    const request = asRequest(message);
    if (!request) return undefined;
    return answer(ctx, session, request).catch((error: unknown) => {
      reportOnce(`message:${request.type}`, error);
      throw error instanceof Error ? error : new Error(String(error));
    });
  };
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
}

async function answer(ctx: ContentScriptContext, session: Session, request: Request): Promise<unknown> {
  switch (request.type) {
    case 'whosaid/get-analysis': {
      const { reply } = await session.ensure();
      // A site switched off is not read, its metadata neither.
      return session.isActive() ? completeReply(session.doc, reply, session.startupMs) : reply;
    }
    case 'whosaid/reveal':
      return { ok: await revealStatement(ctx, session, request.statementId) };
    case 'whosaid/set-highlights':
      await session.ensure();
      return { enabled: session.setEnabled(request.enabled ?? !session.enabled) };
    case 'whosaid/statement-at-selection':
      return { statementId: await statementAtSelection(session) };
    default:
      throw new Error(`unhandled request ${JSON.stringify(request satisfies never)}`);
  }
}
