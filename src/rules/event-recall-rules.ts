import { RECALL_TRIGGERS } from '../extractors/events/recall.js';
import { triggerRuleId } from './trigger-id.js';
import { defineRule, type Rule, type RuleKind } from './types.js';

// Events that no trigger word marks alone (issue 15, recall classes 7-12), found by code in
// src/extractors/events/recall.ts. Each is a rule unit: its id is the one written into records, its
// examples (all invented) run in tests/rules.test.ts like every other rule's.

const LOGIC = 'src/extractors/events/recall.ts';

const recall = (t: (typeof RECALL_TRIGGERS)[keyof typeof RECALL_TRIGGERS], fn: string, description: string, fire: string[], quiet: string[]): Rule =>
  defineRule({ id: triggerRuleId(t), kind: t.kind as RuleKind, description, logic: `${LOGIC} ${fn}`, examples: { fire, quiet } });

export const recallRules: readonly Rule[] = [
  recall(
    RECALL_TRIGGERS.futureAction,
    'futureAction',
    'A state named as the subject of "will", "would" (in reported speech) or "is going to" and any cooperative verb that is no trigger of its own, directed at another state or a cooperative object: "Norway will give Chad a grant".',
    ['Sweden will give Kenya two patrol boats, the Swedish defence ministry said.', 'The Korean government will ship rice to Mongolia before the winter.', 'Brazil is going to pay for new schools in Haiti, Brasilia said.'],
    ['Sweden will play Kenya in the final on Sunday.', 'A Swedish company will give Kenya two patrol boats.', 'Prime Minister Lena Berg will pay a visit to Kenya next week.', 'Relations with Brazil will improve, analysts in Haiti said.'],
  ),
  recall(
    RECALL_TRIGGERS.headlineAgreement,
    'headlineInfinitive',
    'A headline naming two states before an infinitive of a cooperative act: "Kenya, Ethiopia to open new border post".',
    ['Chile, Bolivia to open new border crossing\nTrucks will use it from May.', 'Ghana and Togo to share power grid\nThe line opens next year.'],
    ['Chile, Bolivia to play friendly in Lima\nTickets go on sale today.', 'Chile and Bolivia are to open a border crossing, traders hope.'],
  ),
  recall(
    RECALL_TRIGGERS.headlineCommitment,
    'headlineInfinitive',
    'A headline naming one state before an infinitive of a provision or cooperative act aimed at another state: "Chile to fund Bolivian fire service".',
    ['Norway to fund Malawi clinics\nThe money covers ten districts.', 'Japan to give Tonga new ferry\nIt arrives in March.'],
    ['Norway to fund new opera house\nThe building opens in 2030.', 'Striker to join Spanish club\nThe fee is undisclosed.'],
  ),
  recall(
    RECALL_TRIGGERS.visitingOfficial,
    'visitingOfficial',
    'An official described as "the visiting ..." in a sentence that names a state: the host received a visit ("a warm welcome for the visiting premier").',
    ['Kenya gave a warm welcome to the visiting Ugandan president.', 'Crowds lined the streets of Hanoi as Vietnam honoured the visiting Lao prime minister.'],
    ['Fans gave a warm welcome to the visiting team from Uganda.', 'The visiting professor from Kenya lectured on history.'],
  ),
  recall(
    RECALL_TRIGGERS.jointDecision,
    'jointDecision',
    'The noun "decision" by or of two parties followed by "to" and a verb: "the decision by Kenya and Uganda to open the border".',
    ['The decision by Peru and Chile to share radar data surprised analysts.', 'Traders welcomed the decision of the two governments to cut fees at the border between Ghana and Togo.'],
    ['The decision by Peru to expel two Chilean diplomats angered Santiago.', 'The decision by the league to open the stadium in Lima was welcomed.'],
  ),
  recall(
    RECALL_TRIGGERS.pledgeNoun,
    'pledgeNoun',
    'A pledge noun a state owns ("Japan\'s pledge of $500 million") or an amount sizes in a sentence naming a state ("the £2bn commitment to Ukraine"), with no light verb needed.',
    ["Norway's pledge of $20 million to Sudan was welcomed in Khartoum.", 'The $300 million grant from Japan to Kenya covers roads and bridges.'],
    ["The club's £200m commitment to its new stadium worries fans.", 'The singer made a promise to her fans in Japan.'],
  ),
];
