import { describe, expect, test } from 'vitest';
import { isMarker } from './language.ts';
import { segment } from './segment.ts';

const english = (text: string) => segment(text).english;

describe('the text’s language (Segments.english)', () => {
  test.each([
    [
      'English news',
      'The city council voted on Thursday to close the harbour road for the summer. Shop owners said the plan ' +
        'would hurt them, and the mayor, who had promised to keep it open, said she would review it in September.',
      true,
    ],
    [
      'French news',
      'Le conseil municipal a voté jeudi la fermeture de la route du port pour l’été. Les commerçants estiment ' +
        'que le plan va leur nuire, et la maire, qui avait promis de la garder ouverte, a dit qu’elle le reverrait.',
      false,
    ],
    [
      'German news, whose "will", "was" and "die" are German words',
      'Der Stadtrat hat am Donnerstag beschlossen, die Hafenstraße im Sommer zu sperren. Die Händler sagen, was ' +
        'die Stadt will, schadet ihnen, und die Bürgermeisterin will den Plan im September noch einmal prüfen lassen.',
      false,
    ],
    [
      'Chinese, with a Latin name in it',
      '市议会周四投票决定夏季关闭港口道路。店主们表示，该计划会损害他们的生意。市长 Anna Lima 曾承诺保持道路开放，她说将在九月重新审议。' +
        '这一决定引起了居民的广泛讨论，许多人认为应该先征求意见。也有人支持这个计划，认为可以减少交通事故。' +
        '码头工人说，他们每天都要走这条路。学校的老师也表示担心。议会将在下个月再次开会讨论这个问题。' +
        '附近的渔民担心夏天的收入会减少，因为游客将很难到达港口。市政府承诺会增加公共汽车的班次，并在周末提供免费的停车场。',
      false,
    ],
    ['too short to tell: counted English', '“Hola, amigos”, dijo Ana Lima.', true],
    [
      'English in capitals',
      'THE CITY COUNCIL VOTED ON THURSDAY TO CLOSE THE HARBOUR ROAD FOR THE SUMMER. SHOP OWNERS SAID THE PLAN ' +
        'WOULD HURT THEM, AND THE MAYOR SAID SHE WOULD REVIEW IT IN SEPTEMBER WITH THE TRADERS OF THE OLD TOWN.',
      true,
    ],
  ])('%s', (_name, text, expected) => {
    expect(english(text)).toBe(expected);
  });
});

describe('isMarker', () => {
  const markers = (text: string) =>
    [...text.matchAll(/[A-Za-z]+/g)]
      .filter((m) => isMarker(text, m.index, m.index + m[0].length))
      .map((m) => m[0]);

  test('the marker words, in any case, and no other word', () => {
    expect(markers('The end of this, and that with from said. Of THE')).toEqual([
      'The', 'of', 'this', 'and', 'that', 'with', 'from', 'said', 'Of', 'THE',
    ]); // prettier-ignore
    expect(markers('to a is he was will for thee off an then than wish sail fro tho ofa 0f th3')).toEqual([]);
  });
});
