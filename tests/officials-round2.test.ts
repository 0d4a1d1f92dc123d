import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline/extract.js';

// Sentences written for these tests (no corpus or check-set text).
const officials = (text: string) =>
  extract(text).officials.map((o) => ({ name: o.name, title: o.title, country: o.country }));

const find = (text: string, name: string) => officials(text).find((o) => o.name === name);

describe('officials: long titles and tails', () => {
  it.each([
    ['of X and Y, comma, name', "Kenya's Minister of Roads and Transport, John Mwangi, opened the bypass.", { name: 'John Mwangi', title: 'Minister of Roads and Transport', country: 'KE' }],
    ['portfolio pair before the name', 'Omani Minister of Energy and Infrastructure Salim al-Harthy toured the plant.', { name: 'Salim al-Harthy', title: 'Minister of Energy and Infrastructure', country: 'OM' }],
    ['minister of state at a ministry', "Jordan's Minister of State at the Foreign Ministry, Rami Haddad, flew to Cairo.", { name: 'Rami Haddad', title: 'Minister of State at the Foreign Ministry', country: 'JO' }],
    ['high representative for', "The EU's High Representative for Foreign Affairs, Marta Lind, chaired the meeting.", { name: 'Marta Lind', title: 'High Representative for Foreign Affairs', country: null }],
    ['ambassador to an organisation', "Chad's ambassador to the African Union, Idriss Mahamat, read the statement.", { name: 'Idriss Mahamat', title: 'Ambassador', country: 'TD' }],
    ['former + unlisted noun before the head', "Peru's former peace commissioner, Julio Salas Ruiz, doubted the offer.", { name: 'Julio Salas Ruiz', title: 'Peace Commissioner', country: 'PE' }],
    ['leader in an assembly', 'Opposition leader in the Kerala Assembly, P. K. Nair, walked out.', { name: 'P. K. Nair', title: 'Opposition Leader in the Kerala Assembly', country: null }],
    ['embassy spokeswoman', 'No decision has been taken, a Chilean embassy spokeswoman, Paula Rojas, said.', { name: 'Paula Rojas', title: 'Embassy Spokeswoman', country: 'CL' }],
    ['adviser for a region', 'French Special Adviser for Latin America Louis Mercier met the rebels.', { name: 'Louis Mercier', title: 'Special Adviser for Latin America', country: 'FR' }],
    ['spokesperson on a portfolio', 'The Minority spokesperson on Health in Parliament, Hon. Ama Boateng, asked for figures.', { name: 'Ama Boateng', title: 'Minority Spokesperson on Health in Parliament', country: null }],
    ['governor of a state', 'The Governor of Kano State, Musa Garba, closed the schools.', { name: 'Musa Garba', title: 'Governor', country: null }],
    ['portfolio and a ministry name', "Somalia's Minister of Foreign Affairs and International Cooperation, Omar Farah, arrived.", { name: 'Omar Farah', title: 'Minister of Foreign Affairs and International Cooperation', country: 'SO' }],
    ['army staff chief', 'Chief of Army Staff Tariq Mahmood inspected the troops.', { name: 'Tariq Mahmood', title: 'Chief of Army Staff', country: null }],
    ['a state institution in the title names the state', 'A Kremlin spokesman, Ivan Orlov, declined to comment.', { name: 'Ivan Orlov', title: 'Kremlin Spokesman', country: 'RU' }],
    ['speaker of a named house', 'The Speaker of the House of Representatives, Ada Okafor, adjourned the sitting.', { name: 'Ada Okafor', title: 'Speaker of the House of Representatives', country: null }],
    ['head of a state service', "The Director-General of the Kenya Revenue Service, Paul Otieno, spoke.", { name: 'Paul Otieno', title: 'Director-General of the Kenya Revenue Service', country: 'KE' }],
    ['a second office opened by an unlisted word', "Ghana's Minister of Finance and Coordinating Minister of the Economy, Kofi Mensah, spoke.", { name: 'Kofi Mensah', title: 'Minister of Finance', country: 'GH' }],
    ['UN resident coordinator', 'UN Resident Coordinator Lena Ahl praised the plan.', { name: 'Lena Ahl', title: 'Resident Coordinator', country: null }],
    ['appositive with a long title', "Omar Farah, Somalia's Minister of Foreign Affairs and International Cooperation, said the talks went well.", { name: 'Omar Farah', title: 'Minister of Foreign Affairs and International Cooperation', country: 'SO' }],
    ["appositive owned by a region", "Ruth Kemp, Ohio's former attorney general, said the case was strong.", { name: 'Ruth Kemp', title: 'Attorney General', country: null }],
    ["a region's office after a comma", "Ohio's governor, Mike Dale, said the roads would reopen.", { name: 'Mike Dale', title: 'Governor', country: 'US' }], // a US state's office is a US office (regions.json)
    ['portfolio kept', 'Mining Minister Dale Harper said exports would rise.', { name: 'Dale Harper', title: 'Mining Minister', country: null }],
    ['national portfolio after a nonstate-looking word', 'Union Home Minister Anil Verma chaired the meeting.', { name: 'Anil Verma', title: 'Union Home Minister', country: null }],
    ['chief executive of a state board', 'The Chief Executive of the Kenya Tea Board, Dr. Ruth Wambui, set the price.', { name: 'Ruth Wambui', title: 'Chief Executive of the Kenya Tea Board', country: 'KE' }],
    ['demonym and former dropped', 'Former Danish Prime Minister Lars Holm chaired the panel.', { name: 'Lars Holm', title: 'Prime Minister', country: 'DK' }],
    ['international body office', 'Commission spokeswoman Hanna Berg said the rules were clear.', { name: 'Hanna Berg', title: 'Commission Spokeswoman', country: null }],
  ])('%s', (_label, text, want) => {
    expect(find(text, want.name)).toEqual(want);
  });
});

describe('officials: abbreviations, honorifics and name shapes', () => {
  it.each([
    ['Gov. with a full stop', 'Oregon Gov. Laura Finch vetoed the bill.', { name: 'Laura Finch', title: 'Governor' }],
    ['Sen. with a party tag', 'Sen. Mark Ellis, R-Okla., opposed the deal.', { name: 'Mark Ellis', title: 'Senator' }],
    ['Rep.', 'Rep. Nora Diaz said the vote would be close.', { name: 'Nora Diaz', title: 'Representative' }],
    ['Lt. Gov.', 'Lt. Gov. Ben Archer signed the order.', { name: 'Ben Archer', title: 'Lieutenant Governor' }],
    ['Atty. Gen.', 'Atty. Gen. Ruth Kemp filed the case.', { name: 'Ruth Kemp', title: 'Attorney General' }],
    ['Alhaji after a title', 'The Governor of Sokoto State, Alhaji Bashir Tambuwal, spoke.', { name: 'Bashir Tambuwal', title: 'Governor' }],
    ['Mallam after a title', 'The National Security Adviser, Mallam Sani Idris, attended.', { name: 'Sani Idris', title: 'National Security Adviser' }],
    ['Thiru before a name', 'Kerala Health Minister Thiru K. Raman inspected the ward.', { name: 'K. Raman', title: 'Health Minister' }],
    ['Datuk Seri', "Malaysia's Trade Minister Datuk Seri Aziz Rahman arrived.", { name: 'Aziz Rahman', title: 'Trade Minister' }],
    ['Tan Sri', 'Tan Sri Hamid Yusof, the Malaysian Finance Minister, spoke.', { name: 'Hamid Yusof', title: 'Finance Minister' }],
    ['Sheikh after title and comma', "Kuwait's Emir, Sheikh Nawaf al-Sabah, received the envoy.", { name: 'Nawaf al-Sabah', title: 'Emir' }],
    ['Mr. with a full name after a comma', 'He received the Trade Minister of Ghana, Mr. Kofi Asare, in Lome.', { name: 'Kofi Asare', title: 'Trade Minister' }],
    ['Dr. and initials after a comma', 'The Minister of Health, Dr. A. B. Mensah, opened the clinic.', { name: 'A. B. Mensah', title: 'Minister of Health' }],
    ['surname that reads as a pronoun', "China's Finance Ministry spokesman He Wei said the plan was sound.", { name: 'He Wei', title: 'Finance Ministry Spokesman' }],
    ['given name that reads as a rank', 'Japanese Defence Minister Gen Tanaka inspected the base.', { name: 'Gen Tanaka', title: 'Defence Minister' }],
    ['abbreviated two-word rank before the name', 'Navy spokesman Rear Adm. Lee Park and army spokesman Maj. Gen. Somchai Dee spoke.', { name: 'Somchai Dee', title: 'Army Spokesman' }],
    ['rank with a full stop before the name', 'Army Chief Gen. Omar Saleh visited the front.', { name: 'Omar Saleh', title: 'Army Chief' }],
  ])('%s', (_label, text, want) => {
    const o = find(text, want.name);
    expect(o, JSON.stringify(officials(text))).toBeDefined();
    expect(o!.title).toBe(want.title);
  });

  it.each([
    ['a pronoun after a title is not a name', 'The spokesman He said nothing more.', 'He'],
    ['a lone rank word is not a name', 'The Chief Executive of the board, Ms Lee, said no.', 'Executive'],
  ])('%s', (_label, text, bad) => {
    expect(officials(text).map((o) => o.name)).not.toContain(bad);
  });
});

describe('officials: coordinated offices and country evidence', () => {
  it.each([
    ['two offices, the first is the title', 'Deputy Prime Minister and Finance Minister Paula Kerr resigned.', { name: 'Paula Kerr', title: 'Deputy Prime Minister', country: null }],
    ['two offices with the state first', "Australia's Deputy Prime Minister and Trade Minister Tom Reid arrived.", { name: 'Tom Reid', title: 'Deputy Prime Minister', country: 'AU' }],
    ['no borrowing across coordination', "Japanese Trade Minister Ken Ito and Canada's Deputy Prime Minister and Trade Minister Tom Reid signed.", { name: 'Tom Reid', title: 'Deputy Prime Minister', country: 'CA' }],
    ['a forum chair who is also a governor', "The Chairman of the Coastal Governors' Forum and Governor of Lagos State, Ade Cole, spoke.", { name: 'Ade Cole', title: 'Governor', country: null }],
    ['delegation led by', "Chile's delegation was led by Foreign Minister Ana Soto, who spoke first.", { name: 'Ana Soto', title: 'Foreign Minister', country: 'CL' }],
    ['its ministry spokesman', 'Norway has rejected the claim, and its Foreign Ministry spokesman Per Dahl called it baseless.', { name: 'Per Dahl', title: 'Foreign Ministry Spokesman', country: 'NO' }],
    ['object of received gets only its own state', 'Foreign Minister Ali Raza received the Foreign Minister of Kazakhstan, Mr. Erlan Nurov, in Islamabad. Pakistan and Kazakhstan agreed to expand trade. Pakistan will host the next round.', { name: 'Erlan Nurov', title: 'Foreign Minister', country: 'KZ' }],
    ['the host is the other side', 'Foreign Minister Ali Raza received the Foreign Minister of Kazakhstan, Mr. Erlan Nurov, in Islamabad. Pakistan and Kazakhstan agreed to expand trade. Pakistan will host the next round.', { name: 'Ali Raza', title: 'Foreign Minister', country: 'PK' }],
    ['counterpart owner is the other side', 'Prime Minister Jane Hall and her Indian counterpart met in Wellington. New Zealand and India agreed to talk. New Zealand will send a team.', { name: 'Jane Hall', title: 'Prime Minister', country: 'NZ' }],
  ])('%s', (_label, text, want) => {
    expect(find(text, want.name)).toEqual(want);
  });

  it.each([
    [
      'counterparts from two states leave the owner open',
      'Deputy Secretary of State Ann Cole flew to Ottawa to meet her Russian counterpart. She will also meet her Canadian counterpart, Paul Roy. Russia and Canada sent notes. Russia replied.',
      'Ann Cole',
      'RU',
    ],
    [
      'two presidents in one sentence without a meeting are not a pair',
      'Oleg Ivanov, president of the Russian Chess Federation, said President Pavel Orlov had praised the team.',
      'Pavel Orlov',
      'US',
    ],
    [
      "a ministry spokesman is not the minister's counterpart",
      'Turkish Foreign Minister Ayla Demir will visit Jordan next week, Foreign Ministry spokesman Emre Kaya said.',
      'Emre Kaya',
      'JO',
    ],
    [
      'an international official has no other side',
      'EU Trade Commissioner Lars Vik wrote to his U.S. counterpart. Japan and Japan again were mentioned.',
      'Lars Vik',
      'JP',
    ],
  ])('%s', (_label, text, name, notWanted) => {
    expect(find(text, name)?.country).not.toBe(notWanted);
  });

  it('a descriptor of a foreign office does not go to the host', () => {
    const text = 'Foreign Minister Ali Raza received the Foreign Minister of Kazakhstan, Mr. Erlan Nurov, in Islamabad.';
    expect(find(text, 'Ali Raza')?.country).not.toBe('KZ');
  });
});

describe('officials: not public offices', () => {
  it.each([
    ["a farmers' leader", "Farmers' leader Ravi Kumar welcomed the decision."],
    ['a tournament director', 'She met tournament director Paul Grant on Friday.'],
    ['a campaign official', 'According to a senior campaign official, Smith will speak tonight.'],
    ['a club president named as a club', 'FC Rovers signed the striker. Rovers president Tom Adler said the deal was fair.'],
    ['a name after "and" is not a ministry word', 'The Minister of Finance and John Smith met.'],
    ['a trade union secretary', 'The Council of Trade Unions secretary Mary Doyle urged calm.'],
    ["an appositive owned by a company", "Ruth Kemp, Acme's chairman, said the deal was fair."],
    ['a sports official', 'A Spanish football official, Luis Mora, said the match would go ahead.'],
    ["a company's chairman after a comma", "Brightline's chairman, Eva Lund, will become chair of the merged group."],
    ['a company chief executive', 'Nordline chief executive Eva Lund will lead the group.'],
    ['a chief executive of a company', 'The Chief Executive of Brightway Logistics, Sam Cole, resigned.'],
  ])('%s', (_label, text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('officials: hyphenated given names and national portfolios', () => {
  it.each<[string, string, string]>([
    ["Korea's Minister of National Defense, Lee Sang-woo, arrived on Monday.", 'Lee Sang-woo', 'Minister of National Defense'],
    ['Foreign Minister Choi Min-ji met reporters.', 'Choi Min-ji', 'Foreign Minister'],
  ])('%s', (text, name, title) => {
    const o = extract(text).officials[0];
    expect(o?.name).toBe(name);
    expect(o?.title).toBe(title);
  });

  it('keeps President-elect out of a name', () => {
    expect(extract('President-elect Maria Lopes met Foreign Minister Ana Reis.').officials.map((o) => o.name)).not.toContain('elect Maria Lopes');
  });
});
