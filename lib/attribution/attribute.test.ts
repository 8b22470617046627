import { describe, expect, test } from 'vitest';
import { pipeline } from '../analyze.ts';

/** Each quote statement of the text as [speaker name, cue text, quoted words]. */
function who(text: string): [string | null, string | null, string][] {
  return pipeline(text)
    .statements.filter((s) => s.kind !== 'indirect')
    .map((s) => [s.speaker?.name ?? null, s.cue?.text ?? null, s.text]);
}

describe('cue verbs on either side of a quote', () => {
  test.each([
    [
      'after, name first',
      'Ana Lima runs the clinic. “We are full,” Lima said.',
      [['Ana Lima', 'said', 'We are full']],
    ],
    [
      'after, inverted',
      'Ana Lima runs the clinic. “We are full,” said Lima.',
      [['Ana Lima', 'said', 'We are full']],
    ],
    [
      'before, with a colon',
      'Kim Kardashian wrote on her story: “Thank you all.”',
      [['Kim Kardashian', 'wrote', 'Thank you all.']],
    ],
    [
      'before, with a comma',
      'Kim Kardashian arrived. She continued, “Thank you all.”',
      [['Kim Kardashian', 'continued', 'Thank you all.']],
    ],
    [
      'a description between the name and the verb',
      '“We are full,” Dr. Amara Nwosu, the chief of emergency medicine, told reporters.',
      [['Amara Nwosu', 'told', 'We are full']],
    ],
    ['a question', 'Ana Lima listened. “Why now?” asked Lima.', [['Ana Lima', 'asked', 'Why now?']]],
    [
      'a name the lists do not know, without the word opening the sentence',
      'As Kwabena Ofori put it, “The tide decides.”',
      [['Kwabena Ofori', 'put it', 'The tide decides.']],
    ],
    [
      'but with a determiner opening it',
      'Some Harbour Democrats told reporters: “The tide decides.”',
      [['Some Harbour Democrats', 'told', 'The tide decides.']],
    ],
    [
      'a post',
      'Kim Kardashian was online. “Thank you,” she tweeted.',
      [['Kim Kardashian', 'tweeted', 'Thank you']],
    ],
    [
      'a gerund',
      'Kim Kardashian answered her critics, saying, “I will not stay quiet.”',
      [['Kim Kardashian', 'saying', 'I will not stay quiet.']],
    ],
    [
      'according to',
      'According to Ana Lima, the ward was “full every night.”',
      [['Ana Lima', 'According to', 'full every night.']],
    ],
    [
      'a headline colon',
      'Ana Lima: “We Are Full”\n\nThe clinic closed.',
      [['Ana Lima', null, 'We Are Full']],
    ],
    [
      'a statement saying',
      'Ana Lima released a statement saying the ward was “full every night.”',
      [['Ana Lima', 'saying', 'full every night.']],
    ],
    [
      'the outer speaker of nested speech',
      'Ana Lima said the nurses were calling it “a crisis for the whole city.”',
      [['Ana Lima', 'said', 'a crisis for the whole city.']],
    ],
    [
      'a passive agent',
      'Lima was asked by the host, Jo Park, whether it was “a crisis for the whole city.”',
      [['Jo Park', 'asked', 'a crisis for the whole city.']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('an honorific before a name, with or without its full stop', () => {
  test.each([
    ['Mr, name first', 'Barack Obama spoke. “We will try,” Mr Obama said.', 'Barack Obama'],
    ['Mr., name first', 'Barack Obama spoke. “We will try,” Mr. Obama said.', 'Barack Obama'],
    ['Ms, name first', 'Ana Lima runs the clinic. “We are full,” Ms Lima said.', 'Ana Lima'],
    ['Dr, inverted', 'Ana Lima runs the clinic. “We are full,” said Dr Lima.', 'Ana Lima'],
    ['Mr, inverted', 'Barack Obama spoke. “We will try,” said Mr Obama.', 'Barack Obama'],
    ['Sen, name first', 'Elizabeth Warren spoke. “Not now,” Sen Warren said.', 'Elizabeth Warren'],
    [
      'Mrs, the second of two people',
      'Ana Lima and Ruth Okafor met. “We are full,” Mrs Okafor said.',
      'Ruth Okafor',
    ],
    ['Mr, before the quote', 'Barack Obama spoke. Mr Obama told reporters: “We will try.”', 'Barack Obama'],
  ])('%s', (_name, text, speaker) => {
    const { statements, people } = pipeline(text);
    const person = people.find((p) => p.name === speaker);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.speaker?.name).toBe(speaker);
    expect(statements[0]?.speaker?.personId).toBe(person?.id);
    expect(person).toBeDefined();
  });

  test.each([
    [
      'a title before a word that names nobody',
      'Ana Lima runs the clinic. “We are full,” Dr Who said.',
      'Dr Who',
    ],
    [
      'a title inside a source phrase',
      'Ana Lima runs the clinic. “We are full,” the Mr Whippy van said.',
      'the Mr Whippy van',
    ],
  ])('%s keeps its phrase', (_name, text, phrase) => {
    const [statement, ...rest] = pipeline(text).statements;
    expect(rest).toEqual([]);
    expect(statement?.speaker?.name).toBe(phrase);
    expect(statement?.speaker?.personId).toBeUndefined();
  });
});

describe('speakers that are not people keep their phrase', () => {
  test.each([
    ['the airline', '“Flights resume Monday,” the airline said.', 'the airline'],
    ['a senior official', '“We will study it,” said a senior official at the agency.', 'a senior official'],
    ['sources', '“It is over,” sources said.', 'sources'],
    [
      'an organisation named with "of"',
      '“Whales are sick,” said the Harbour Department of Conservation.',
      'the Harbour Department of Conservation',
    ],
    [
      'with "for", after "according to"',
      'Strandings are rising, “sharply and everywhere,” according to the Center for Marine Mammals.',
      'the Center for Marine Mammals',
    ],
  ])('%s', (_name, text, speaker) => {
    const [statement] = pipeline(text).statements;
    expect(statement?.speaker).toEqual({
      name: speaker,
      mention: expect.objectContaining({ text: speaker }),
    });
  });
});

describe('a quote with no cue of its own', () => {
  test('continues the passage of the quote before it', () => {
    const text =
      'Kim Kardashian posted twice. “As many of you know, it is hard,” Kim wrote. “Anyone who has this knows.”';
    const [first, ...rest] = pipeline(text).statements;
    expect(rest).toEqual([]);
    expect(first?.spans.map((s) => s.text)).toEqual([
      'As many of you know, it is hard',
      'Anyone who has this knows.',
    ]);
    expect(first?.speaker?.name).toBe('Kim Kardashian');
  });

  test('a quote split around its attribution is one statement with two spans', () => {
    const text = 'Ana Lima spoke. “The data is clear,” she said, “and we have to act.”';
    const [only, ...rest] = pipeline(text).statements;
    expect(rest).toEqual([]);
    expect(only?.text).toBe('The data is clear and we have to act.');
    expect(only?.spans).toHaveLength(2);
  });

  test('the next paragraph’s quote continues the speaker', () => {
    const text = '“We are full,” Ana Lima said.\n\n“We turn people away every night.”';
    expect(who(text).map(([speaker]) => speaker)).toEqual(['Ana Lima', 'Ana Lima']);
  });

  test('a quote opening its sentence after a sentence whose subject is a person is that person’s', () => {
    expect(
      who(
        'Rates rose again.\n\nMaria Okafor, a former budget director, once put the risk in one line. “It is not the flood, it is the leak.”',
      ),
    ).toEqual([['Maria Okafor', null, 'It is not the flood, it is the leak.']]);
    // After another person’s quote too: the person of the sentence between speaks.
    expect(
      who('“We will cut it,” Ana Lima said. Tom Berg shook his head. “Not this year.”').map(([s]) => s),
    ).toEqual(['Ana Lima', 'Tom Berg']);
    // A subject that is not a person leaves the quote to the rules before.
    expect(who('Rates rose again.\n\nThe bank kept its forecast. “Steady as she goes.”')).toEqual([
      [null, null, 'Steady as she goes.'],
    ]);
  });

  test('a quote paragraph after a paragraph whose last sentence has a person as subject is theirs', () => {
    expect(who('Tom Berg continued his remarks.\n\n“The pier will not last another winter.”')).toEqual([
      ['Tom Berg', null, 'The pier will not last another winter.'],
    ]);
    // Not a phrase from the paragraph before (whose cue reports others), nor a possessive's owner.
    expect(
      who('Ana Lima said harbour engineers had checked the pier.\n\n“It will not last another winter.”').map(
        ([speaker]) => speaker,
      ),
    ).toEqual(['Ana Lima']);
    expect(who('Tom Berg’s plan does not change the facts.\n\n“It will not last another winter.”')).toEqual([
      [null, null, 'It will not last another winter.'],
    ]);
  });

  test('a caption or heading line between two quote paragraphs does not break the speaker’s run', () => {
    const quote = '“The river is rising,” says Hemi Walker, a farmer.';
    const next = '“We have never seen it this high.”';
    expect(who(`${quote}\n\nHemi Walker at his farm near the river\n\n${next}`).map(([s]) => s)).toEqual([
      'Hemi Walker',
      'Hemi Walker',
    ]);
    // A sentence between them is the writer's: the quote after it has no speaker of its own.
    expect(who(`${quote}\n\nThe council met on Monday.\n\n${next}`).map(([s]) => s)).toEqual([
      'Hemi Walker',
      null,
    ]);
  });

  test('a clause ending in a colon introduces the quote after it in the same paragraph', () => {
    expect(who('Here’s Maria Okafor in December 1992: “Our new direction must rest on the facts.”')).toEqual([
      ['Maria Okafor', null, 'Our new direction must rest on the facts.'],
    ]);
  });

  test('nobody speaks a quote far from any other', () => {
    expect(who('The sign read nothing.\n\nMore text.\n\nEven more.\n\n“Closed for repairs.”')).toEqual([
      [null, null, 'Closed for repairs.'],
    ]);
  });
});

describe('pronouns', () => {
  test.each([
    [
      'gender picks between two people',
      'Kanye West spoke first. Kim Kardashian listened to him. “I disagree,” she said.',
      'Kim Kardashian',
    ],
    [
      'the subject of the last sentence naming someone of that gender',
      'Mr. Tom Reyes met Mr. Dan Cole. “Fine,” he said.',
      'Tom Reyes',
    ],
    [
      'the same for a name after a preposition',
      'Mr. Tom Reyes spoke amid attacks from Mr. Dan Cole. “Fine,” he said.',
      'Tom Reyes',
    ],
    [
      'the last sentence that names someone of that gender',
      'Mr. Tom Reyes arrived. Mr. Dan Cole met him at noon. “Fine,” he said.',
      'Dan Cole',
    ],
    ['a role word gives the gender', 'Her husband, Jordan Vale, waited. “Fine,” he said.', 'Jordan Vale'],
    [
      'a title gives the gender',
      'Ms. Jordan Vale waited with Mr. Sam Oduya. “Fine,” she said.',
      'Jordan Vale',
    ],
    [
      'not a name that only modifies a role noun before another name',
      'Paul Baxter wants lower taxes. Baxter campaign spokesman Tom Reilly told reporters that the plan would pass. “We have the votes,” he said.',
      'Tom Reilly',
    ],
    [
      'not a possessive before another name',
      'Mr. Paul Baxter left early. Baxter’s longtime adviser, Tom Reilly, stayed. “We have the votes,” he said.',
      'Tom Reilly',
    ],
    [
      'not a possessive inside the sentence',
      'On Monday, in a reply to Mr. Tom Reilly’s budget, Mr. Dan Cole called the plan too small. “It leaves the parks with nothing,” he said.',
      'Dan Cole',
    ],
    [
      'not a name in a phrase opening the sentence',
      'After Mr. Tom Reilly left the council, Mr. Dan Cole took the chair. “We will rebuild,” he said.',
      'Dan Cole',
    ],
    [
      'unless no one else of that gender is named in the sentence',
      'After Mr. Tom Reilly left the council, the chair stayed empty. “We will rebuild,” he said.',
      'Tom Reilly',
    ],
    [
      'the one who says something about a person of that gender, when the name gives no gender',
      'Hillary Clinton spoke in Ohio on Friday.\n\nTyresha McClenney said Clinton does not show consistency on the issue.\n\n“It is not something that she says often,” she said.',
      'Tyresha McClenney',
    ],
    [
      'but not the one who asks: the one asked answers',
      'Hillary Clinton spoke in Ohio on Friday.\n\nTyresha McClenney asked Clinton about the harbour.\n\n“It will be built,” she said.',
      'Hillary Clinton',
    ],
    [
      'but a possessive that opens the sentence',
      'Mr. Sam Ortiz met Mr. Tom Reilly on Friday. But Ortiz’s letter also blamed Reilly for the delay. “We cannot wait another year,” he wrote.',
      'Sam Ortiz',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(who(text).at(-1)?.[0]).toBe(speaker);
  });

  test('a pronoun nobody fits keeps its own word', () => {
    expect(who('“Fine,” she said.')).toEqual([['she', 'said', 'Fine']]);
  });
});

describe('not statements', () => {
  test.each([
    ['a scare quote', 'He claimed that she tried to “lock” him up.'],
    [
      'one word far from the verb',
      'Kim Kardashian said little at the hearing on Monday in the old courthouse about the “deal” itself.',
    ],
    [
      'a characterizing verb far before',
      'Kim Kardashian portrayed the family in the new film about their long years as “local heroes” again.',
    ],
    ['one word past a clause opener', 'Kim Kardashian noted that the studio still wanted to “fix” the film.'],
    ['a title', 'It was like the movie “Get Out,” in which a man is trapped.'],
    ['a title in title case', 'She watched “Keeping Up Appearances” again.'],
    ['a nickname', 'Supporters call her “the Builder” now.'],
    ['a claim without an owner', 'The claim that the show drew “record numbers” in March was wrong.'],
    ['a show after a possessive', 'Kim Kardashian told CNN’s “State of the Union” that it was late.'],
    [
      'a term opening its line before a colon',
      'The mode takes three values:\n\n“strict”: the default.\n\n“loose”: for old pages.',
    ],
    [
      'a cited work’s title in a reference entry (a retrieval date)',
      '^ Lindqvist, Maja (March 2011). "Harbour works begin on the north quay". Port Gazette. Retrieved 4 May 2012.',
    ],
    [
      'a cited article’s title (a DOI)',
      'Okafor, B.; Lind, T. (2015). "Tides move the harbour floor". Coastal Studies. 12 (3): 45–51. doi:10.1000/cs.2015.045.',
    ],
    [
      'a press release’s title',
      '^ "Ferry timetable for the winter months" (Press release). Port Authority. 2 May 2012.',
    ],
    [
      'an entry opening with its author and date',
      'Okafor, Bola (June 2014). "Ferries return to the north quay". Harbour Weekly.',
    ],
    [
      'a wiki’s note (the caret back to the text)',
      '^ "Ferries return to the north quay as winter ends". Port Authority.',
    ],
    ['a name given in the passive', 'Small berths are called “slips” in the harbour files.'],
    ['a name given by a participle', 'The board used a method called “tide counting” to plan the timetable.'],
    ['a number in quote marks', 'The harbour server may answer with the version tag "2041" to the client.'],
    ['a path in quote marks', 'Ana Lima said the client then reads "/ferries/north-quay/timetable" again.'],
    ['an identifier in quote marks', 'The port office said the field is named "berth_count" in every file.'],
    ['an address in quote marks', 'Ana Lima said the list lives at "https://port.example/ferries" now.'],
    ['marks with no word between them', 'The sign on the gate read only "--" all winter.'],
  ])('%s', (_name, text) => {
    expect(pipeline(text).statements.filter((s) => s.kind !== 'indirect')).toEqual([]);
  });
});

describe('a characterizing verb that reports', () => {
  test.each([
    [
      'people before “called” are its subject',
      'The ferry had been involved in what several councillors called “a scandal” all year.',
      [['several councillors', 'called', 'a scandal']],
    ],
    [
      '“is describing” is no passive',
      'Ana Lima is describing as “reckless” the plan to close the pier.',
      [['Ana Lima', 'describing', 'reckless']],
    ],
  ])('%s', (_rule, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('the writer as speaker', () => {
  test('“...,” said I: the narrator, inverted as “said he” is', () => {
    expect(who('“Tell me about the ferry,” said I, turning to the pilot.')).toEqual([
      ['I', 'said', 'Tell me about the ferry'],
    ]);
  });

  test('a bare quote opening the next paragraph is the answer, not the writer’s', () => {
    expect(who('“Will it run in June?” said I.\n\n“Only on weekends.”')).toEqual([
      ['I', 'said', 'Will it run in June?'],
      [null, null, 'Only on weekends.'],
    ]);
  });
});

describe('a quoted value beside a quote in words', () => {
  test('only the words are a statement', () => {
    expect(who('“The quay opens at 6,” said Ana Lima, and the board showed "0600" all day.')).toEqual([
      ['Ana Lima', 'said', 'The quay opens at 6'],
    ]);
  });
});

describe('reference entries', () => {
  test('only the entry’s quotes are titles: a quote in the prose beside it stays a statement', () => {
    const text =
      'Maja Lindqvist said: "The north quay will open in May."\n\n' +
      '^ Lindqvist, Maja (March 2011). "Harbour works begin on the north quay". Port Gazette. Retrieved 4 May 2012.';
    expect(who(text)).toEqual([['Maja Lindqvist', 'said', 'The north quay will open in May.']]);
  });
  test('a date in brackets ending the sentence before a quote is no author-date entry', () => {
    expect(
      who('The harbour law passed in the spring (2009). "It changed everything for us," said Ann Lee.'),
    ).toEqual([['Ann Lee', 'said', 'It changed everything for us']]);
  });
});

describe('a pronoun speaker keeps no contraction', () => {
  test('"They’re calling it “a lot”" is They', () => {
    expect(who('They’re calling it “a lot of noise” in the harbour.').map(([name]) => name)).toEqual([
      'They',
    ]);
  });
});

describe('an order has no subject', () => {
  test('"Don’t say “...”" names nobody', () => {
    expect(who('Don’t say “the harbour literally burned down.”').map(([name]) => name)).toEqual([null]);
  });
});

describe('requirement keywords of a specification', () => {
  test('"MUST" between the subject and its verb is a helping verb, not part of the speaker', () => {
    expect(who('The harbour server MUST respond with a “ready” message.').map(([name]) => name)).toEqual([
      'The harbour server',
    ]);
  });
});

describe('a possessive name opening the sentence', () => {
  test.each([
    [
      'its relatives speak',
      "Maja Lind's relatives watched the harbour footage on Thursday and said they came away with “more questions than answers.”",
      "Maja Lind's relatives",
    ],
    [
      'the relative named after a comma speaks',
      'Maja Lind’s husband, Tom Berg, watched the footage and said they had “more questions than answers.”',
      'Tom Berg',
    ],
  ])('%s', (_name, text, speaker) => {
    expect(who(text).map(([name]) => name)).toEqual([speaker]);
  });
});

describe('a gerund in a relative clause', () => {
  test('the clause’s antecedent speaks, not the sentence’s subject', () => {
    expect(
      who(
        'The council’s first reply came with a warning about the rhetoric from Tom Berg’s ferry union, which tried to rally support by saying that the boats were “falling apart.”',
      ).map(([speaker]) => speaker),
    ).toEqual(['Tom Berg’s ferry union']);
  });
});

describe('partial quotes', () => {
  test.each([
    ['after a that-clause', 'Kim Kardashian claimed that Kanye’s “words do not align with his intentions.”'],
    ['after called', 'Kim Kardashian called it “a disaster.”'],
    ['one word ending a speaker’s clause', 'Kim Kardashian said the plan was “reckless.”'],
    ['called, a few words before', 'Kim Kardashian called half of his many fans “heroes.”'],
    ['one word before and', 'Kim Kardashian said the plan was “reckless” and “late.”'],
    [
      'one word in the verb’s clause, mid-sentence',
      'Kim Kardashian accused the studio of being “duped” by a rival.',
    ],
    ['one word as the verb’s object', 'Kim Kardashian noted several “intangibles” behind her decision.'],
    ['a phrase cited as wording', 'Kim Kardashian has used the phrase “family first” often this year.'],
    [
      'in the that-clause of a name’s claim',
      'Kim Kardashian’s claim that the show drew “record numbers” in March was wrong.',
    ],
    ['likened, close before', 'Kim Kardashian likened the plan to “a circus” on Monday.'],
    ['referenced, right before', 'Kim Kardashian referenced “political tensions” in her speech.'],
    ['call, with an object', 'Kim Kardashian would call them “lone wolves” in the show.'],
  ])('%s', (_name, text) => {
    const [statement] = pipeline(text).statements.filter((s) => s.kind !== 'indirect');
    expect(statement?.kind).toBe('partial');
    expect(statement?.speaker?.name).toBe('Kim Kardashian');
  });
});

describe('the speaker is the subject, not a noun near the cue', () => {
  test.each([
    [
      'the name after "said of" is the topic',
      'Tomas Ruiz spoke first. “He cannot win,” Mr. Ana Lima, who runs the clinic, said of Mr. Ruiz.',
      [['Ana Lima', 'said', 'He cannot win']],
    ],
    [
      'the same after a subject with a relative clause',
      'Tomas Ruiz spoke first. “He cannot win,” a spokesman for the clinic, who declined to be named, said of Ruiz.',
      [['a spokesman', 'said', 'He cannot win']],
    ],
    [
      'a name opening the clause after the quote, after a title and before a comma',
      'Tomas Ruiz spoke first. “He cannot win,” Sen. Ana Lima, a rival of Ruiz, said.',
      [['Ana Lima', 'said', 'He cannot win']],
    ],
    [
      'a name after a preposition says whose spokesman: the spokesman speaks',
      'Marta Quist leads the port board. “The vote stands,” said a spokesman for Marta Quist.',
      [['a spokesman for Marta Quist', 'said', 'The vote stands']],
    ],
    [
      'the same with a title, the cue after the subject',
      'A spokeswoman for Sen. Marta Quist said: “The vote stands.”',
      [['A spokeswoman for Sen. Marta Quist', 'said', 'The vote stands.']],
    ],
    [
      'a place after a preposition says where the officials are',
      '“The ferry runs tonight,” officials in Norland said.',
      [['officials in Norland', 'said', 'The ferry runs tonight']],
    ],
    [
      'a statement is the object of the verb before it',
      'Tomas Ruiz issued a statement describing the vote as “a win for the valley.”',
      [['Tomas Ruiz', 'describing', 'a win for the valley.']],
    ],
    [
      'a speech noun after an article is not a cue',
      'Helena Brandt sent a letter following the remarks, asking the board to “stop the sale now.”',
      [['Helena Brandt', 'asking', 'stop the sale now.']],
    ],
    [
      'a name set off by commas inside the sentence',
      'Tomas Ruiz, Helena Brandt said, had been “the wrong man for the port.”',
      [['Helena Brandt', 'said', 'the wrong man for the port.']],
    ],
    [
      'a verb with its particle',
      'Tomas Ruiz smiled. Helena Brandt shot back, “Then prove it to the voters.”',
      [['Helena Brandt', 'shot back', 'Then prove it to the voters.']],
    ],
    [
      'a cue in an opening clause belongs to that clause',
      'After Tomas Ruiz criticized the budget, Helena Brandt grinned, “The numbers are public.”',
      [['Helena Brandt', null, 'The numbers are public.']],
    ],
    [
      'the main clause’s own cue',
      'When Tomas Ruiz criticized the budget, Helena Brandt replied: “The numbers are public.”',
      [['Helena Brandt', 'replied', 'The numbers are public.']],
    ],
    [
      'a gerund after a comma inside the closing mark',
      'The port authority would not discuss “that proposal,” telling reporters it had no plans.',
      [['The port authority', 'telling', 'that proposal']],
    ],
    [
      'a gerund of promising after the object of a verb',
      'Helena Brandt gave a speech in the square promising to “fix every road in the county.”',
      [['Helena Brandt', 'promising', 'fix every road in the county.']],
    ],
    [
      'a verb joined by and after the quote is the subject’s',
      'Helena Brandt spoke after Tomas Ruiz. Brandt pushed voters to “keep the pier” and said he was wrong.',
      [['Helena Brandt', 'said', 'keep the pier']],
    ],
    [
      'a description with a number before the name',
      '“The pier is ours,” said 9/11 survivor Helena Brandt.',
      [['Helena Brandt', 'said', 'The pier is ours']],
    ],
    [
      'a relative clause between the name and the verb',
      'Speaking later, Sen. Helena Brandt, who has endorsed Tomas Ruiz, said the plan was “a disgrace.”',
      [['Helena Brandt', 'said', 'a disgrace.']],
    ],
    [
      'a participle clause between the name and the verb',
      'It came up after Helena Brandt, asked about Tomas Ruiz, had said, “We all make mistakes.”',
      [['Helena Brandt', 'asked', 'We all make mistakes.']],
    ],
    [
      'two clauses joined by and, each with its own speaker',
      'At one point, a man asked for a photo and Helena Brandt said, “Only if it is quick.”',
      [['Helena Brandt', 'said', 'Only if it is quick.']],
    ],
    [
      'a speech-verb form after a name’s possessive is a noun',
      'Helena Brandt, who runs the port, also decried Tomas Ruiz’s remarks about it, noting he has “never seen the pier.”',
      [['Helena Brandt', 'noting', 'never seen the pier.']],
    ],
    [
      'a role noun opens the speaker after the quote',
      'The debate went on. “The pier must stay public,” columnist Lu Jun wrote on Sunday.',
      [['columnist Lu Jun', 'wrote', 'The pier must stay public']],
    ],
    [
      'a role noun before a known name',
      'Ana Lima writes a column. “The pier must stay public,” columnist Ana Lima wrote on Sunday.',
      [['Ana Lima', 'wrote', 'The pier must stay public']],
    ],
    [
      'a description before the name that opens the sentence',
      'Democratic mayoral candidate Helena Brandt has attacked the sale, saying it would “hand the pier to developers.”',
      [['Helena Brandt', 'saying', 'hand the pier to developers.']],
    ],
    [
      'three introductory phrases before the subject',
      'At a forum in Eastgate, Ohio, on Sunday, Helena Brandt went further, saying the pier was “never for sale.”',
      [['Helena Brandt', 'saying', 'never for sale.']],
    ],
    [
      'and then before the subject',
      'The council voted. And then Helena Brandt went on the attack, saying, “This is a betrayal.”',
      [['Helena Brandt', 'saying', 'This is a betrayal.']],
    ],
    [
      'a capitalized preposition opening the sentence, then a gerund of singing',
      'At her party, the band leader called the mayor to the stage, singing “This town is ours.”',
      [['the band leader', 'singing', 'This town is ours.']],
    ],
    [
      'a quantity standing for people chants',
      'The marchers reached the square. Some chanted “Save the pier!”',
      [['Some', 'chanted', 'Save the pier!']],
    ],
    [
      'commented',
      'The post drew replies. “The pier is ours,” one reader commented.',
      [['one reader', 'commented', 'The pier is ours']],
    ],
    [
      'a sentence opening with a conjunction and no comma',
      'But Helena Brandt would not discuss the plan to “sell the pier by spring.”',
      [['Helena Brandt', null, 'sell the pier by spring.']],
    ],
    [
      'a one-word source before an irregular past verb',
      'Gallup found that “most residents want the pier kept.”',
      [['Gallup', null, 'most residents want the pier kept.']],
    ],
    [
      'a role noun in the plural heads the source',
      'The report was blunt. “The pier cannot be saved,” wrote the authors of the harbour study.',
      [['the authors', 'wrote', 'The pier cannot be saved']],
    ],
    [
      'an organisation named by a common noun',
      'The regional council met on Monday. The council voted to close the pier, calling it “a danger to swimmers.”',
      [['The council', 'calling', 'a danger to swimmers.']],
    ],
    [
      'a contracted pronoun before its verb',
      'Helena Brandt spoke on Monday. She’s predicting the council will be “split down the middle.”',
      [['Helena Brandt', 'predicting', 'split down the middle.']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('speakers written in the quote or next to it', () => {
  test.each([
    [
      'a transcript label in capitals',
      'The host asked about the port.\n\n“RUIZ: We will not sell it to anyone.”',
      [['RUIZ', null, 'We will not sell it to anyone.']],
    ],
    [
      'a label that names no one is no turn',
      'The host asked about the port.\n\n“VIDEO: We will not sell it to anyone.”',
      [[null, null, 'VIDEO: We will not sell it to anyone.']],
    ],
    [
      'a transcript label that names a person in the text',
      'Tomas Ruiz spoke to the host.\n\n“Tomas Ruiz: We will not sell it to anyone.”',
      [['Tomas Ruiz', null, 'We will not sell it to anyone.']],
    ],
    [
      'a headline label in single marks',
      'Helena Brandt: ‘We Will Keep The Pier.’\n\nThe mayor spoke on Monday.',
      [['Helena Brandt', null, 'We Will Keep The Pier.']],
    ],
    [
      'full stops inside a bracket after the name',
      '“The port stays public,” Sen. Tomas Ruiz (D-N.M.) said on Tuesday.',
      [['Tomas Ruiz', 'said', 'The port stays public']],
    ],
    [
      'a source phrase opened by this',
      '“The port stays public,” this longtime harbor pilot declared on Tuesday.',
      [['this longtime harbor pilot', 'declared', 'The port stays public']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  test('a capitalised word with a colon inside a quote is not a label unless it names someone', () => {
    expect(who('Tomas Ruiz spoke.\n\n“Warning: the pier is closed,” Ruiz said.')).toEqual([
      ['Tomas Ruiz', 'said', 'Warning: the pier is closed'],
    ]);
  });
});

describe('a role description names the one person introduced with that role', () => {
  test.each([
    [
      'the senator, after Sen.',
      'Sen. Ana Lima toured the port with Tomas Ruiz.\n\n“We will keep it public,” the senator said.',
      [['Ana Lima', 'said', 'We will keep it public']],
    ],
    [
      'a modifier that was written before the name',
      'Vermont Gov. Ana Lima met Tomas Ruiz.\n\n“We will keep it public,” the Vermont governor said.',
      [['Ana Lima', 'said', 'We will keep it public']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  test.each([
    [
      'two people with the role',
      'Sen. Ana Lima toured the port with Sen. Tomas Ruiz.\n\n“We will keep it public,” the senator said.',
      [['the senator', 'said', 'We will keep it public']],
    ],
    [
      'a vice president is not the president',
      'Vice President Ana Lima toured the port.\n\n“We will keep it public,” the president said.',
      [['the president', 'said', 'We will keep it public']],
    ],
    [
      'a modifier the introduction lacks',
      'Gov. Ana Lima met Tomas Ruiz.\n\n“We will keep it public,” the Vermont governor said.',
      [['the Vermont governor', 'said', 'We will keep it public']],
    ],
  ])('stays a phrase: %s', (_name, text, expected) => {
    expect(who(text)).toEqual(expected);
  });
});

describe('a text in another language', () => {
  // Each text is long enough for the language test (text/language.ts) to tell.
  const french =
    'Le conseil municipal de Brest a voté jeudi soir le nouveau plan de circulation du centre-ville, après ' +
    'trois heures de débat. Les commerçants du quartier restent inquiets pour « la survie de nos boutiques ». ' +
    '« Nous allons suivre de près les premiers mois », a ajouté Marie Kervella, adjointe au maire. ' +
    'Marie Kervella a déclaré : « Le plan sera revu en septembre si les chiffres sont mauvais. »';

  test('no capitalized article or preposition is a speaker, and the forms any language writes name one', () => {
    expect(who(french)).toEqual([
      [null, null, 'la survie de nos boutiques'],
      ['Marie Kervella', 'a ajouté', 'Nous allons suivre de près les premiers mois'],
      ['Marie Kervella', 'a déclaré', 'Le plan sera revu en septembre si les chiffres sont mauvais.'],
    ]);
  });

  test.each([
    [
      'Spanish, the comma after the closing mark',
      'El ayuntamiento de Valparaíso aprobó el martes un plan para limpiar las playas antes del verano, con un ' +
        'presupuesto de dos millones de pesos. “Es un buen comienzo, pero no basta”, dijo Carlos Medina, portavoz ' +
        'de los pescadores. Según los vecinos, las obras empezarán en marzo y terminarán antes de la temporada alta.',
      [['Carlos Medina', 'dijo', 'Es un buen comienzo, pero no basta']],
    ],
    [
      'Czech, low opening marks and the comma inside',
      'Městská rada v Olomouci ve čtvrtek schválila nový plán dopravy v centru města. Obchodníci z okolí se ' +
        'obávají o své tržby a žádají o delší přechodné období. „Budeme první měsíce pečlivě sledovat,“ uvedl ' +
        'náměstek primátora Petr Novák. Podle radnice začnou práce v březnu a skončí před letní sezonou.',
      [['Petr Novák', 'uvedl náměstek primátora', 'Budeme první měsíce pečlivě sledovat']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  test('a name not at the end of the sentence after the quote is not the speaker', () => {
    const text =
      'Le conseil municipal de Brest a voté jeudi soir le nouveau plan de circulation du centre-ville, après ' +
      'trois heures de débat. « Nous allons suivre de près les premiers mois », a écrit pour Marie Kervella ' +
      'le journal du quartier, qui publie chaque semaine les chiffres de la mairie.';
    expect(who(text)).toEqual([[null, null, 'Nous allons suivre de près les premiers mois']]);
  });

  test('a quote opening its sentence with a low mark is direct, in English too', () => {
    const text = 'The council met on Thursday. „We will watch the first months closely,“ said Petr Novák.';
    expect(pipeline(text).statements.map((s) => s.kind)).toEqual(['direct']);
  });
});
