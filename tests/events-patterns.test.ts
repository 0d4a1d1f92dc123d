import { describe, expect, it } from 'vitest';
import { eventKindsOf, type EventKind } from './helpers.js';
import { extract } from '../src/pipeline/extract.js';

const kindsOf = eventKindsOf;
type Kind = EventKind;

describe('events: reported future pledges (modal + provision verb)', () => {
  it.each<[string]>([
    ['The Danish minister said Copenhagen would deliver four field hospitals before winter.'],
    ['Officials in Accra confirmed that the government would also finance the new clinics in Togo.'],
    ['Mr Okafor told reporters the federal government will bear the cost of the new border posts.'],
    ['Ottawa will co-fund a water treatment plant in Jamaica, the Canadian minister said.'],
    ['The envoy added that Seoul would share satellite imagery with Manila.'],
    ['Austria will guarantee the loan to Slovenia, the chancellor said.'],
    ['Britain is to send 200 engineers to Malawi, the ministry said.'],
    ['Hungary would supply two mobile clinics to Serbia, the Hungarian minister told reporters.'],
    ['Poland said it will donate 40 generators to Moldova.'],
  ])('finds a commitment in: %s', (text) => {
    expect(kindsOf(text)).toContain('commitment');
  });

  it.each<[string]>([
    ['The programme will cover forty schools in the north of Chile.'],
    ['Estonia would be better off outside the scheme, the analyst wrote.'],
    ['If Peru joined, Lima would provide more troops.'],
    ['The new tariffs would help boost exports from Vietnam, economists said.'],
    ['The Belgian minister will pay an official visit to Senegal in March.'],
    ['The Latvian ministry will release the trade figures next week.'],
    ['It will provide 3,000 jobs in the Lithuanian port of Klaipeda.'],
    ['Analysts expect Japan would fund part of the bridge in Cambodia.'],
  ])('no commitment in: %s', (text) => {
    expect(kindsOf(text)).not.toContain('commitment');
  });

  it('starts the promised act at the provision verb and names who gives and who receives', () => {
    const r = extract('The Irish minister said Dublin would also provide 30 ambulances to Moldova.');
    const c = r.commitments[0]!;
    expect(c.action).toMatch(/^provide 30 ambulances/);
    expect(c.by.country).toBe('IE');
    expect(c.to).toContain('MD');
  });

  it('keeps the kind of a modal support or offer', () => {
    expect(extract('The Finnish minister said Helsinki would support Kyrgyzstan in the council vote.').commitments[0]?.kind).toBe('support');
  });

  it('reads "expressed readiness to" as an intent', () => {
    expect(extract('The Kazakh minister expressed Astana’s readiness to double grain exports to Iran.').commitments[0]?.kind).toBe('intent');
  });
});

describe('events: sports and business with country words', () => {
  it.each<[string]>([
    ['Benfica agree deal to sign Senegal winger Diallo\n\nBenfica have agreed a fee with French club Lyon for the Senegal winger.'],
    ['Dutch champions Ajax met the club president in Amsterdam and agreed personal terms with the Morocco defender.'],
    [
      'Kessler and Brandt agree merger\n\nGerman toolmaker Kessler and Austrian rival Brandt signed a merger agreement on Monday, the companies said.\n\nThe boards met in Vienna and the chairman said shareholders would vote in June.',
    ],
    ['Tennis star agrees to play Madrid event\n\nThe Spanish number two agreed to play the tournament after meeting its director, her agent said.'],
  ])('reports nothing for: %s', (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each<[string, Kind]>([
    ['The Ghanaian sports minister met the Nigerian football federation chief in Abuja.', 'meeting'],
    ['The Brazilian government signed a contract with a Chinese company to build a railway.', 'agreement'],
    ['President Ama Serwah met foreign investors in Accra on Monday.', 'meeting'],
    ['The trade minister met company executives in Nairobi.', 'meeting'],
  ])('keeps an event where a government acts: %s', (text, kind) => {
    expect(kindsOf(text)).toContain(kind);
  });
});

describe('events: non-state promises', () => {
  it.each<[string]>([
    ['The Greens promised that, if elected, they would scrap the fuel levy.'],
    ['A spokesman for the rebels said the group was ready to lay down arms.'],
    ['The minister announced aid for herders who agree to move their cattle.'],
  ])('no commitment or agreement in: %s', (text) => {
    const kinds = kindsOf(text);
    expect(kinds).not.toContain('agreement');
    expect(kinds.filter((k) => k === 'commitment' && !/minister announced/.test(text))).toEqual([]);
  });

  it('a farmers relative clause is not an agreement', () => {
    expect(kindsOf('The Uruguayan ministry will pay farmers who agree to plant trees.')).not.toContain('agreement');
  });
});

describe('events: meetings', () => {
  it.each<[string]>([
    ['The Bolivian foreign minister received the visiting Paraguayan foreign minister at the palace.'],
    ['The two sides reviewed the state of bilateral relations and cooperation in energy.'],
    ['The Mexican and Guatemalan presidents spent three hours with their advisers in Tapachula.'],
    ['The Omani and Iranian ministers exchanged views on shipping in the Gulf.'],
  ])('finds a meeting in: %s', (text) => {
    expect(kindsOf(text)).toContain('meeting');
  });

  it.each<[string]>([
    ['The Bolivian foreign minister received a letter from the Chilean president.'],
    ['Slovakia rejected a customs pact negotiated over two years by its neighbours.'],
    ['The Croatian ministry dismissed the meeting as a publicity stunt.'],
    ['The Swiss minister said Bern would cover the costs of the talks.'],
    ['Lisbon is a keen proponent of talks to admit Moldova.'],
    ['The Maltese premier was cautious on reopening talks with Libya.'],
  ])('no meeting in: %s', (text) => {
    expect(kindsOf(text)).not.toContain('meeting');
  });
});

describe('events: agreements stated indirectly', () => {
  it.each<[string]>([
    ['The decision was reached after a meeting between the Laotian and Thai transport ministers.'],
    ['The agreement was announced on Friday by the foreign ministers of Benin and Niger.'],
    ['The two ministers witnessed the signing of a memorandum on fisheries between Fiji and Samoa.'],
    ['The Polish and Czech ministers signed a letter of intent on joint ammunition production.'],
    ['Governors of the three states resolved to share police resources along the border with Benin.'],
    ['NEPAL, BHUTAN TO HARMONISE CUSTOMS RULES\n\nThe two countries will align their tariffs, officials said.'],
    ['Chile, Peru deepen fisheries ties with new pact\n\nThe ministers met in Lima.'],
    ['Kenya and Ethiopia finalised a power-sharing deal on the border dam.'],
  ])('finds an agreement in: %s', (text) => {
    expect(kindsOf(text)).toContain('agreement');
  });

  it.each<[string]>([
    ['Chile, Peru pact talks stall over quotas\n\nThe ministers met in Lima.'],
    ['Uganda to harmonise school fees\n\nThe ministry announced the plan on Monday.'],
    ['The decision was criticised by opposition lawmakers in Quito.'],
    ['Colombian and Ecuadorian officers met for talks aimed at finalising a border accord.'],
  ])('no agreement in: %s', (text) => {
    expect(kindsOf(text)).not.toContain('agreement');
  });
});

describe('events: parties', () => {
  it('a group subject takes the parties of the events before it', () => {
    const text = [
      'Nordic ministers meet in Oslo',
      '',
      'Ministers from Norway, Sweden, Finland and Denmark met in Oslo on Monday.',
      'The four ministers agreed to create a joint cyber defence centre.',
    ].join('\n');
    const a = extract(text).agreements[0]!;
    expect([...a.countries].sort()).toEqual(['DK', 'FI', 'NO', 'SE']);
  });

  it.each<[string, string[]]>([
    ['Kenya and Tanzania agreed to build a pipeline through neighbouring Uganda and Burundi together.', ['KE', 'TZ']],
    ['Greece and Cyprus agreed to coordinate patrols against Turkish fishing boats.', ['CY', 'GR']],
    ['Zambia and Zimbabwe agreed to share the costs of the Great Malawian Lake Survey.', ['ZM', 'ZW']],
    ['Chile and Argentina signed a pact outside the Brazilian trade framework.', ['AR', 'CL']],
  ])('places and attributes are not parties: %s', (text, parties) => {
    const a = extract(text).agreements[0]!;
    expect([...a.countries].sort()).toEqual(parties);
  });

  it('maps an institution to its state', () => {
    const text = 'Iraq and Jordan hold security talks\n\nA Pentagon spokesman said the talks between Iraqi and Jordanian officials were useful.';
    const m = extract(text).meetings.find((e) => /Pentagon/.test(e.evidence.text));
    expect(m?.countries).toContain('US');
  });
});
