import { wordSet } from './words.ts';

/**
 * Words written with a full stop that does not end a sentence ("Mr. Trump", "Sept. 26", "U.S. officials").
 * Single capital letters (initials: "G. K.") are handled by the sentence splitter itself.
 */
export const ABBREVIATIONS = wordSet(`
  Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Capt Sgt Adm Maj Cmdr Det Rev Fr St Mt Jr Sr Inc Co Corp Ltd
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No vs etc Ave Blvd approx Dept Univ U.S U.K U.N D.C
  a.m p.m Ph.D Calif Fla Ill Mass Mich Minn Pa Tenn Tex Va Wash Wis Ariz Ark Conn Del Ga Ind Kan Ky La Md
  Miss Mo Mont Neb Nev Okla Ore Vt Wyo N.Y N.J N.C S.C N.H N.M N.D S.D R.I W.Va
`);
