import { wordSet } from './words.ts';

/**
 * Capitalized words that make a name-shaped phrase an organisation, a place or a work, not a person
 * ("Hofstra University", "Green Party", "Us Weekly", "KKW Beauty", "New York Post").
 */
export const ORGANISATION_WORDS = wordSet(`
  University College School Academy Institute Party Committee Commission Council Congress Senate House
  Department Ministry Agency Administration Bureau Office Service Services Court Board Authority Association
  Foundation Fund Trust Center Centre Church Hospital Clinic Company Corporation Corp Inc Ltd LLC Co Group
  Bank Airlines Airways Motors Studios Records Entertainment Media News Times Post Journal Weekly Daily
  Magazine Tribune Herald Gazette Review Press Network Channel Radio Television TV Show Club Team League
  Union Federation Alliance Coalition Caucus Campaign Movement Project Council Industries Technologies Labs
  Systems Capital Partners Holdings Beauty Fashion Brands Street Avenue Road Boulevard Square Park Bridge
  City County State States Republic Kingdom Island Islands River Lake Mountain Mountains Valley Beach Bay
  Hall Garden Tower Building Stadium Arena Airport Station Hotel Museum Library Prize Award Awards Act Bill Law
  Amendment Treaty Summit Conference Convention Games Olympics Cup Series Festival Day Week War Street
  Force Army Navy Guard Corps Police Patrol Reserve Fed Democrats Republicans Democratic Republican
  Story Stories Live Tonight Today Morning Evening Sunday Post Insider Observer Monitor Report Reports
  Facebook Twitter Instagram YouTube TikTok Snapchat Google Apple Amazon Microsoft Netflix Hulu Reddit
  Museum Theatre Theater Gallery Orchestra Band Choir Initiative Program Programme Plan Strategy Index
  Act Code Constitution Declaration Avenue Lane Drive Highway Route Center Organization Organisation
  International Assembly Legislature Parliament Cabinet Embassy Consulate
  Energy Resources Oil Petroleum Pharmaceuticals Pharma Foods Electric Steel Mining Chemical Chemicals
  Insurance Financial Securities Investments Ventures Communications Telecom Solutions Software
  Store App Apps API APIs Browser Console Inspector Engine Simulator Polyfill Platform Framework Toolkit
  Plugin Online Finance Search Standards Audio
`);

/** Words that begin place names ("Los Angeles", "South Carolina", "New York", "San Diego"). */
export const PLACE_STARTS = wordSet(`
  Los Las San Santa Saint St Fort Mount Mt Lake Port Cape New North South East West Northern Southern
  Eastern Western Central Upper Lower Greater Little Big Old El Puerto Costa Sierra Rio Baton Palm Middle
  Des
`);

/**
 * Places that would otherwise pass for names (many are first names or surnames too): US states, large
 * countries and cities.
 */
export const PLACES = wordSet(`
  Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho
  Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota
  Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah
  Vermont Virginia Washington Wisconsin Wyoming Carolina Dakota Jersey Hampshire Mexico York America
  Africa Asia Europe Australia Canada China Japan India Russia Ukraine France Germany Italy Spain Britain
  England Scotland Wales Ireland Israel Iran Iraq Syria Egypt Turkey Brazil Argentina Chile Cuba Korea
  Vietnam Afghanistan Pakistan Libya Yemen Lebanon Jordan Qatar Kuwait Poland Greece Sweden Norway Denmark
  Finland Belgium Austria Switzerland Portugal Netherlands Holland Nigeria Kenya Ethiopia Somalia Sudan
  Venezuela Colombia Peru Haiti Philippines Indonesia Malaysia Singapore Thailand Taiwan Tibet Moscow Paris
  London Berlin Rome Madrid Beijing Tokyo Chicago Houston Boston Dallas Denver Atlanta Miami Detroit
  Seattle Phoenix Philadelphia Baltimore Cleveland Pittsburgh Orlando Tampa Austin Charlotte Nashville
  Memphis Portland Vegas Angeles Francisco Diego Brooklyn Manhattan Queens Bronx Harlem Hollywood
  Washington Hofstra Benghazi Aleppo Mosul Crimea Gaza Jerusalem Baghdad Kabul Tehran Havana Ottawa
  Toronto Montreal Vancouver Sydney Melbourne Dublin Edinburgh Geneva Vienna Brussels Amsterdam Kyiv Kiev
  Europe Wall Broadway Capitol Pentagon Kremlin Westminster Downing Silicon Midwest Appalachia Dixie
`);

/** Days, months and other calendar words, which are never people ("Monday", "July", "Christmas"). */
export const CALENDAR_WORDS = wordSet(`
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July
  August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Christmas Easter Thanksgiving Halloween Ramadan Hanukkah Passover Independence Labor Memorial Election
`);

/**
 * Capitalized function words and verbs that are never part of a name: they break a run of capitalized
 * words ("But Kim", "Hillary Clinton Was Headed to ER") and are dropped from its edges.
 */
export const FUNCTION_WORDS = wordSet(`
  The A An This That These Those It Its He She They We I You His Her Their Our My Your Him Them Us But And
  Or So If When While After Before As At In On Of For From To By With Without About Into Over Under Then
  There Here What Who Why How Where Which Whether Although Though Because Since Until Unless Once Also
  Still Yet Even Just Only Not No Yes Meanwhile However Moreover Indeed Instead Perhaps Maybe Is Are Was
  Were Be Been Has Have Had Do Does Did Says Said Say Can Could Would Should Must Shall Might Gets Got
  Takes Took Makes Made Goes Went Calls Called Tells Told Wants Slams Blasts Rips Hits Set Sets Out Up
  Down Off Back Again Many Some Most All Every Each Both Either Neither Few Several Other Another Such
  Like Unlike Despite Among Between Against During Through Throughout Within Upon Toward Towards Above
  Below Behind Beyond Not Now Never Why Yesterday Tomorrow Tonight Today Last Next First Breaking Read
  Watch Click Follow Photo Video Getty Image Images Editor Note Update Updated Related More See Share
  Amid Given Much Hours Days Weeks Months Years Minutes Moments Later Earlier Asked Speaking Told
  Nobody Everybody Somebody Anybody Anyone Everyone Someone Noone None Nothing Everything Something
  According Dear Hey Oh Please Thank Thanks Sorry Well Let Let’s Here’s There’s It’s That’s What’s
  One Two Three Four Five Six Seven Eight Nine Ten Others Whenever Wherever Whatever Whoever Beneath
  Besides Outside Inside Enough Imagine Half Absent
`);

/**
 * Capitalized common words that are also first names ("Will", "Mark", "Hope", "Rose"): at the start of a
 * sentence they are read as words unless other evidence makes the phrase a name.
 */
export const NAME_LIKE_WORDS = wordSet(`
  Will May June April August Mark Hope Grace Faith Joy Rose Bill Sue Pat Rich Frank Bob Art Chase Dawn
  Summer Winter Autumn Spring Iris Lily Holly Ivy Ruby Pearl Crystal Amber Jade Star Sky River Stone
  Black White Brown Green Gray Grey Young Long Short Little Small Large Great Good Best Better Free Fair
  Royal General Major Private Chief Justice Trust Earth Christian Guy Ray Carol Don Ken Sterling Miles
  Drew Cliff Dale Glen Grant Lane Neil Reed Rod Wade Warren Wes Woody Bud Buck Chip Duke Hunter Page
  Price Sage Taylor Tucker Hall Hill Wood Banks Bush Powell Cash Gay Gene Jack Jean Lou Max Nick Norm
`);

/** News organisations and sites named by one word that report and are quoted, but are not people. */
export const PUBLICATIONS = wordSet(`
  Reuters Politico Breitbart Axios Vox Slate Salon Bloomberg Politifact PolitiFact Gallup Quinnipiac
  Rasmussen Variety Deadline Mediaite Newsweek Forbes Fortune Time Wired Gizmodo BuzzFeed Buzzfeed Vice
  Telegraph Guardian Independent Economist Atlantic Hill Intercept Drudge Fox Univision Telemundo Xinhua
  Interfax Tass Yonhap Kyodo Al Jazeera HuffPost HuffPo Mashable TechCrunch Engadget Verge Recode
  Wikileaks WikiLeaks Snopes FactCheck Twitter Facebook Instagram YouTube
`);
