import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze.ts';
import { segment, startsSentence } from '../text/segment.ts';
import { findPeople } from './find-people.ts';

function people(text: string) {
  const seg = segment(text);
  return findPeople(text, seg.tokens, (i) => startsSentence(seg.tokens, i)).people;
}
const names = (text: string) => people(text).map((p) => p.name);

describe('named people', () => {
  test.each([
    ['a first name from the list', 'Yesterday Kim Kardashian spoke.', ['Kim Kardashian']],
    ['a surname from the list', 'Critics praised Kanye West for it.', ['Kanye West']],
    ['a role word before the name', 'She met rapper Meek Mill there.', ['Meek Mill']],
    ['a one-word name after a role word', 'their daughter North, 6, was there', ['North']],
    ['a role word and a comma', 'her deputy, Priya Osei, had left', ['Priya Osei']],
    ['a title', 'Dr. Amara Nwosu, the chief, told reporters', ['Amara Nwosu']],
    ['a hyphenated name', 'Councilman Luis Ortega-Reyes voted no.', ['Luis Ortega-Reyes']],
    ['particles', 'the accountant, Ruth van der Berg, agreed', ['Ruth van der Berg']],
    ['an Arabic article joined to the surname', 'her deputy, Samir al-Haddad, had left', ['Samir al-Haddad']],
    ['the same with "el-"', 'Judge Nadia el-Masri ruled on it.', ['Nadia el-Masri']],
    [
      'a month that is also a first name, before a surname',
      'April Nguyen said the shop would close.',
      ['April Nguyen'],
    ],
    ['a month after a word of time is a date', 'In April Nguyen said the shop would close.', []],
    ['initials', 'said Rep. G.K. Butterfield on Friday', ['G.K. Butterfield']],
    ['a middle initial that is also a word', 'Judge Richard A. Posner agreed.', ['Richard A. Posner']],
    ['a suffix', 'paintings by Tomas Ek Jr., the painter', ['Tomas Ek Jr.']],
    [
      'a name made a person by a later mention that speaks',
      'Priya Osei arrived. Osei said nothing.',
      ['Priya Osei'],
    ],
    ['possessives are names without ’s', 'Selena Okafor’s brother', ['Selena Okafor']],
    ['a surname that is also a title', 'Larry King and Patty Judge spoke.', ['Larry King', 'Patty Judge']],
    [
      'words before a title describe the person',
      'House Speaker Paul D. Ryan (R-Wis.) said so.',
      ['Paul D. Ryan'],
    ],
    [
      'a party before a first name describes the person',
      'They met Democrat Hillary Clinton there.',
      ['Hillary Clinton'],
    ],
    ['an organisation word that is also a first name opens a name', 'Bill Nelson said so.', ['Bill Nelson']],
    [
      'one name before an adverb and a speech verb',
      'Yesterday Okafor openly admitted the error.',
      ['Okafor'],
    ],
    [
      'a short title-case headline: the name, not its verb',
      'Dana Whitlock Leads in Poll\n\nDana Whitlock said the count was fair.',
      ['Dana Whitlock'],
    ],
    [
      'a suffix stays with the name',
      'Tomas Ek Jr. spoke, and Tomas Ek said so.',
      ['Tomas Ek Jr.', 'Tomas Ek'],
    ],
    ['the same after a title', 'They met Sen. Bill Harmon there.', ['Bill Harmon']],
    [
      'the same made a person by a later mention that speaks',
      'Donors met Bill Okoro on Monday. Okoro said it went well.',
      ['Bill Okoro'],
    ],
    [
      'a title-case headline names only people of the article',
      'Harbor Senator Speaks Out About Ferry Plans\n\nSenator Jane Doyle spoke.',
      ['Jane Doyle'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('not people', () => {
  test.each([
    ['places', 'She flew from Los Angeles to South Carolina and Wisconsin.'],
    ['organisations', 'He spoke to Hofstra University and the Green Party.'],
    ['publications', 'Us Weekly reported it, and Reuters said so.'],
    ['brands', 'the KKW Beauty founder'],
    ['shows and films', 'The Keeping Up With the Kardashians star, like in the movie Get Out.'],
    ['days and months', 'On Wednesday, July 22, and in May.'],
    ['social networks', 'She posted on Instagram and Twitter.'],
    ['common nouns opening a sentence', 'Sources said it was late. Officials agreed. Nobody said more.'],
    ['name-like words opening a sentence', 'Will the vote pass? Grace under pressure matters.'],
    ['contractions', "I’ll tell you why. I've said so, and I'm sure. They’re wrong, he said."],
    ['a place and a party', 'The bill was written by a Virginia Democrat and a Texas Republican.'],
    ['a place and a title', 'The Florida Sen. was there, and Former Ohio Gov. said nothing.'],
    ['a title and a common noun', 'The bill passed, the Attorney General said.'],
    [
      'an organisation word that is also a first name, standing last',
      'The Farm Bill passed; Senate Bill 5 failed.',
    ],
    [
      'an organisation word that is also a first name, before a common word',
      'Law Enforcement agencies agreed.',
    ],
    ['demonyms', 'Tunisian officials said so. Americans agree, Latinos said. African-Americans voted.'],
    ['a group noun opening a sentence', 'Lawmakers said no. Companies say yes. Mourners wept, said one.'],
    ['a gerund or adverb opening a sentence', 'Having said that, she left. Simply put, it failed.'],
    [
      'companies from the published table',
      'Wells Fargo said it would pay. Goldman Sachs declined, and Verizon said no.',
    ],
    ['places from the published table', 'She flew to Tulsa and Saudi Arabia, then to Des Moines.'],
    ['a company named for a person', 'Harold Energy filed for bankruptcy, and Milo Pharmaceuticals said so.'],
    ['a place that is no first name, then a word', 'Officials on Capitol Hill said so.'],
    ['sports teams', 'The Denver Broncos beat the Carolina Panthers, the coach said.'],
    ['the subject of what was said', 'The former president said Obamacare is causing premiums to rise.'],
    ['a plural opening a sentence', 'Jokes are told, the host said. Allies say it is over.'],
    ['an assembly after a title', 'The General Assembly voted on Friday, officials said.'],
    ['a common word of the text that a speech verb follows', 'Research suggests the research was thin.'],
    ['a suffix standing alone', 'The holiday honours King Jr. and his work.'],
    ['a name after “the” with nobody of that name', 'The Blaze reported it, and the Axe Files said so.'],
    ['a title that begins a company’s name', 'General Electric said it paid.'],
    [
      'the rest of an organisation’s name',
      'The Committee for a Responsible Federal Budget said so, and the Club for Growth Action agreed.',
    ],
    ['a service named by its kind', 'Quay Finance reported a loss, and Tide Search said so too.'],
    ['a site named by its kind', 'Harbour Online wrote that the ferry was late.'],
    ['a site named by its address', 'GunBroker.com said the listing was removed on Monday.'],
    [
      'a place before its kind in lower case',
      'The pilot was taken to Royal Alden hospital on Monday, where she recovered.',
    ],
  ])('%s', (_name, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('a soft hyphen inside a name', () => {
  test('is part of the word, and no letter of the name', () => {
    expect(names('Aside from President Vladi\u00admir Putin, few leaders spoke. Putin said so.')).toEqual([
      'Vladimir Putin',
    ]);
  });
});

describe('a verb opening a heading is not part of the name after it', () => {
  test.each([
    ['Enter', 'Enter Stuart R. Kaplan, who bought the rights in 1970.', 'Stuart R. Kaplan'],
    ['Meet', 'Meet Ana Lima, the new harbour master.', 'Ana Lima'],
  ])('%s', (_verb, text, name) => {
    expect(names(text)).toEqual([name]);
  });
});

describe('a surname the text writes as a common word', () => {
  test('names nobody when no first name, title, role or speech verb says otherwise', () => {
    expect(
      names('Added Slime Block to the game. A slime block bounces, and each block costs a coin.'),
    ).toEqual([]);
  });
});

describe('a people is nobody’s name', () => {
  test('“British” and “Māori” alone are no short names, and a run ending in a people is no person', () => {
    const text =
      'The governor appointed Ana Lima as British Resident in 1832. Hobson declared British sovereignty. ' +
      'Taranaki Māori resisted the settlers, and Māori culture thrived among British New Zealanders.';
    expect(people(text).map((p) => p.name)).toEqual(['Ana Lima', 'Hobson']);
  });
});

describe('the authors in a wiki’s list of references', () => {
  test('are not people of the story', () => {
    const text =
      'Ana Lima said the ferry would run in June.[1]\n\n' +
      '^ Okafor, Brian J.; Lind, Maria K. (2010). "Ferries return to the north quay". Harbour Weekly. ' +
      '12 (3): 45–51. Retrieved 4 May 2015.';
    expect(analyze(text).people.map((p) => p.name)).toEqual(['Ana Lima']);
  });

  test('people stay in order of their first mention outside the list', () => {
    const text =
      '^ Marta Quist (2010). "Ferries of the north". Retrieved 1 May 2011.\n\n' +
      'Ben Okafor spoke first. Marta Quist said the ferry was late.';
    expect(analyze(text).people.map((p) => p.name)).toEqual(['Ben Okafor', 'Marta Quist']);
  });
});

describe('short names', () => {
  test('a short name joins the one full name it fits', () => {
    const [kim] = people('Kim Kardashian wrote a post. Kim said more.');
    expect(kim?.name).toBe('Kim Kardashian');
    expect(kim?.mentions.map((m) => m.text)).toEqual(['Kim Kardashian', 'Kim']);
  });

  test('an ambiguous short name stays nobody’s', () => {
    const found = people('Grace Halloran and Peter Halloran came. Halloran spoke.');
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Grace Halloran', 1],
      ['Peter Halloran', 1],
    ]);
  });

  test('a shared surname is the one of the person the article is about', () => {
    const found = people(
      'Bernie Sanders spoke. Bernie Sanders left. Bernie thanked his wife, Jane Sanders. Sanders said more.',
    );
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Bernie Sanders', 4],
      ['Jane Sanders', 1],
    ]);
  });

  test('a surname alone is the namesake’s named in full before it, not one introduced later', () => {
    // Daniel is named in full three times (the article's most named Okafor), but only after the bare
    // "Okafor", which can only mean Maria, the one introduced.
    const text =
      'Maria Okafor unveiled the plan. Okafor said it would pass. Daniel Okafor, her brother, praised it. ' +
      'Daniel Okafor spoke twice. Daniel Okafor left.';
    const bare = text.indexOf(' Okafor said') + 1;
    const daniel = [...text.matchAll(/Daniel Okafor/g)].map((m) => m.index);
    expect(people(text).map((p) => [p.name, p.mentions.map((m) => m.start)])).toEqual([
      ['Maria Okafor', [0, bare]],
      ['Daniel Okafor', daniel],
    ]);
  });

  test('a title’s gender settles a shared surname', () => {
    const found = people('Grace Halloran and her husband, Peter Halloran, came. Ms. Halloran spoke.');
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Grace Halloran', 2],
      ['Peter Halloran', 1],
    ]);
  });

  test('a gendered title or pronoun settles a shared surname by what the rest of the text says', () => {
    // Both first names are in both name lists: only the pronouns after the full names tell who is who.
    const found = people(
      'Dana Whitlock said she was ready. Kerry Whitlock said he was not. Mrs. Whitlock left first. ' +
        'Mr. Whitlock stayed. Whitlock said she would go.',
    );
    expect(found.map((p) => [p.name, p.gender, p.mentions.map((m) => m.start)])).toEqual([
      ['Dana Whitlock', 'female', [0, 71, 113]],
      ['Kerry Whitlock', 'male', [34, 96]],
    ]);
  });

  test('mentions are the name part of a possessive', () => {
    const text = 'Kanye West spoke. Kanye’s words';
    const [kanye] = people(text);
    expect(kanye?.mentions.map((m) => m.text)).toEqual(['Kanye West', 'Kanye']);
    expect(text.slice(kanye?.mentions[1]?.start, kanye?.mentions[1]?.end)).toBe('Kanye');
  });
});

describe('gender', () => {
  test.each([
    ['a first-name list', 'Jennifer Lopez arrived.', 'female'],
    ['a title', 'Mr. Jordan Vale arrived.', 'male'],
    ['a role word', 'her husband, Jordan Vale, arrived', 'male'],
    ['a pronoun after the name', 'Kim Kardashian wrote on her story.', 'female'],
    ['a role noun heading an appositive', 'Jordan Vale, the mayor’s eldest daughter, arrived.', 'female'],
    ['and one before a preposition', 'Said Jordan Vale, a spokeswoman for the council.', 'female'],
  ])('%s', (_name, text, gender) => {
    expect(people(text)[0]?.gender).toBe(gender);
  });

  test('no gender when nothing says', () => {
    expect(people('Jordan Vale arrived.')[0]?.gender).toBeUndefined();
  });

  test('a pronoun later in the clause', () => {
    const text =
      'Terry Vale has said that about twenty people from the harbour had asked about the seat, but he refuses.';
    expect(people(text)[0]?.gender).toBe('male');
  });

  test('not the pronoun of another person brought in by "a"', () => {
    const text = 'Terry Vale knelt, begging a woman to cast her vote for the plan.';
    expect(people(text)[0]?.gender).toBeUndefined();
  });
});

describe('words around a name that are not part of it', () => {
  test.each([
    ['a capitalized role word', 'Comedian Sarah Silverman spoke first.', ['Sarah Silverman']],
    ['a plural role word', 'Senators Mitch Dunmore and Jo Arkin left.', ['Mitch Dunmore', 'Jo Arkin']],
    ['a descriptor', 'Former Gov. Jim Hodges said so.', ['Jim Hodges']],
    ['an "-elect" title before a surname', 'President-elect Teachout spoke first.', ['Teachout']],
    ['a party', 'They backed Democrat Lucy Teachout.', ['Lucy Teachout']],
    ['a demonym', 'Vermonter Bernie Sanders won there.', ['Bernie Sanders']],
    ['a gerund opening the sentence', 'Using Ted Cruz as a foil, he won.', ['Ted Cruz']],
    ['an adverb opening the sentence', 'Interestingly Maria Blocher said no.', ['Maria Blocher']],
    [
      'a description ending in a role word',
      'The memo was written by Clinton Senior Adviser Sidney Blumenthal in the spring.',
      ['Sidney Blumenthal'],
    ],
    [
      'a description ending in a title-like word',
      'The bill failed when Senate Majority Whip Richard J. Durbin voted against it.',
      ['Richard J. Durbin'],
    ],
    [
      'a hyphenated description',
      'Co-moderator Andrea Mitchell asked. Texas-based Matt Lee said no.',
      ['Andrea Mitchell', 'Matt Lee'],
    ],
    [
      'first names inside a name stay',
      'Mary Kay Henry and Martin Luther King came.',
      ['Mary Kay Henry', 'Martin Luther King'],
    ],
    [
      'an acronym and a role word',
      'DNC Chair Debbie Wasserman Schultz resigned.',
      ['Debbie Wasserman Schultz'],
    ],
    ['an organisation word', 'They met Starr International and Amnesty International.', []],
    ['a modifier before a hyphenated role noun', '“No,” mused Blaze co-host Kim Lee.', ['Kim Lee']],
    ['a place before a role noun after the verb', '“No,” said Concord resident Kim Lee.', ['Kim Lee']],
    [
      'a number opening the sentence',
      'One Clinton spokesman said no. Hillary Clinton agreed.',
      ['Hillary Clinton'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('one person under several names', () => {
  test('things named after a person of the text are not people', () => {
    const text = 'Eric Trump spoke. The Trump Organization said so, and Trump World agreed. Trump said more.';
    const found = people(text);
    expect(found.map((p) => p.name)).toEqual(['Eric Trump']);
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(['Eric Trump', 'Trump']);
  });

  test('a first name missing from the lists is not taken for a surname', () => {
    const text = 'Advantage Donald, they wrote. Republican Donald Trump spoke. Trump said so.';
    expect(names(text)).toEqual(['Donald Trump']);
  });

  test('a name after “the” is not made a person by a word of another name', () => {
    expect(names('Trump spoke, the Stop Trump movement grew, and Donald Trump said so.')).toEqual([
      'Donald Trump',
    ]);
  });

  test.each([
    [
      'a word written in lower case elsewhere',
      'Donald Trump spoke. The former aide said Former Trump aides left. Trump said so.',
    ],
    ['an adjective', 'Donald Trump spoke. Crooked Trump, his rival said. Trump said so.'],
    ['a role word', 'Donald Trump spoke. He said Candidates Trump and Lee differ. Trump said so.'],
  ])('an epithet before a surname goes: %s', (_name, text) => {
    expect(people(text).map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Donald Trump', ['Donald Trump', 'Trump', 'Trump']],
    ]);
  });

  test.each([
    ['Naghmeh Abedini and Saeed Abedini spoke. Abedini said so.', ['Naghmeh Abedini', 'Saeed Abedini']],
    ['Donald Trump and Ivanka Trump spoke. Trump said so.', ['Donald Trump', 'Ivanka Trump']],
  ])('a first name missing from the lists is no epithet: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  test('the end of a longer name joins it', () => {
    const found = people(
      'Debbie Wasserman Schultz resigned. Wasserman Schultz said so. Bob Vander Plaats agreed, Vander Plaats said.',
    );
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Debbie Wasserman Schultz', 2],
      ['Bob Vander Plaats', 2],
    ]);
  });

  test('particles before a surname join it when a longer name ends so', () => {
    const found = people('Mayor Anna de Blasio spoke. “No,” de Blasio said. De Blasio left.');
    expect(found.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Anna de Blasio', ['Anna de Blasio', 'de Blasio', 'De Blasio']],
    ]);
  });

  test('different middle initials are different people', () => {
    const found = people('George H.W. Bush and his son George W. Bush spoke.');
    expect(found.map((p) => p.name)).toEqual(['George H.W. Bush', 'George W. Bush']);
  });

  test('a bare surname is the person whose surname it is', () => {
    const found = people('Rand Paul and Paul Ryan met. Paul said no.');
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([
      ['Rand Paul', 2],
      ['Paul Ryan', 1],
    ]);
  });
});

describe('a name after “the”', () => {
  test('is a mention of a person named in the text', () => {
    const found = people('Hillary Clinton spoke. The Clinton campaign agreed.');
    expect(found.map((p) => [p.name, p.mentions.length])).toEqual([['Hillary Clinton', 2]]);
  });
});

describe('a text in another language', () => {
  const namesIn = (text: string) => analyze(text).people.map((p) => p.name);
  const french =
    'La commission a rendu jeudi son avis sur le projet de loi. La CNIL estime que le texte va trop loin, et ' +
    'Marie Kervella, la rapporteure, demande des garanties supplémentaires avant le vote prévu en juin.\n\n' +
    'Par Luc Andrieu';

  test('an article before an acronym opens an organisation, and a byline’s “Par” is no part of the name', () => {
    expect(namesIn(french)).toEqual(['Marie Kervella', 'Luc Andrieu']);
  });

  test('in English, a capitalized “Par” or “La” stays in the run', () => {
    expect(names('The singer La Toya Jackson arrived with her brother.')).toEqual(['La Toya Jackson']);
  });
});
