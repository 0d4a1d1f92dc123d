// Examples for the event rules, one entry per trigger of src/lexicon/event-triggers.json, keyed by the
// rule id the trigger produces. [fire, quiet]: texts in which the rule must fire, and near misses in
// which it must not. All invented for this project (people, places and deals are made up).

type Pair = readonly [fire: readonly string[], quiet: readonly string[]];

export const eventExamples: Readonly<Record<string, Pair>> = {
  // ------------------------------------------------------------------ issue 15: recall classes 7-12
  'commitment/prepared-to': [
    ['Mexico is prepared to send doctors to Guatemala after the floods.', 'The Ghanaian government was prepared to deepen trade ties with Togo, officials said.'],
    ['The club is prepared to pay a record fee for the Mexican winger.', 'Mexico is prepared to impose tariffs on steel from Guatemala.'],
  ],
  'commitment/eager-to': [
    ['Peru is eager to expand fisheries cooperation with Ecuador.', 'Norway is eager to fund new clinics in Malawi, its minister said.'],
    ['Fans in Peru are eager to see the new stadium.', 'Norway is eager to block the whaling proposal from Iceland.'],
  ],
  'commitment/stand-ready-to': [
    ['The Kenyan government stands ready to assist Somalia with drought relief.', 'Japan stood ready to help the Philippines after the typhoon.'],
    ['Rescue crews in Kenya stand ready to move at short notice.', 'The Japanese team stood ready to take the field.'],
  ],
  'commitment/seek-to': [
    ['Chile and Peru seek to deepen ties in mining and energy.', 'Finland seeks to strengthen its partnership with Estonia.'],
    ['Smugglers seek to move goods from Chile to Peru by night.', 'Finland seeks to block the Russian proposal.'],
  ],
  'commitment/aim-to': [
    ['Ghana aims to expand trade with Nigeria by a third this year.', 'Vietnam aimed to boost rice exports to the Philippines.'],
    ['The Ghanaian striker aims to score against Nigeria.', 'Vietnam aimed to sell more phones at home.'],
  ],
  'commitment/wish-to': [
    ['Uruguay wishes to deepen its partnership with Paraguay, the foreign minister said.', 'Norway wished to support Sudanese refugees in Chad with $5 million.'],
    ['Many voters in Uruguay wish to see lower taxes.', 'Norway wished to leave the talks early.'],
  ],
  'commitment/want-to': [
    ['Bolivia wants to strengthen cooperation with Argentina on lithium.', 'The Thai government wanted to expand rail links with Laos.'],
    ['Bolivia wants to win the next match against Argentina.', 'Investors want to buy more bonds in Thailand.'],
  ],
  'commitment/hope-to': [
    ['Kenya hopes to deepen trade ties with Ethiopia, its trade minister said.', 'Sweden hoped to fund a new school in Kenya this year.'],
    ['Kenya hopes to win gold in the relay final in Ethiopia.', 'Fans in Sweden hoped to see the band in Kenya.'],
  ],
  'commitment/plan-to': [
    ['Japan plans to send 200 engineers to Laos to rebuild the bridges.', 'Canada planned to expand its partnership with Mexico on energy.'],
    ['Japan plans to spend most of the week in Tokyo.', 'The Canadian band planned to tour Mexico in June.'],
  ],
  'commitment/package': [
    ['Norway announced a new aid package for Malawi worth $40 million.', 'Japan confirmed a relief package of $10 million for Tonga.'],
    ['Sony confirmed a new software package for schools in Japan.', 'The postal service in Malawi lost a package of letters.'],
  ],
  'agreement/accede-to': [
    ['Moldova acceded to the Council of Europe convention on data protection.', 'Montenegro will accede to the energy charter next year, its government said.'],
    ['The Moldovan singer acceded to the requests of her fans.', 'Voters in Montenegro acceded to the club demands.'],
  ],
  'agreement/accept': [
    ['Both governments accepted the proposal put forward by the Norwegian envoy.', 'Sudan and South Sudan accepted the formula on oil transit fees.'],
    ['The striker accepted the offer from the Sudanese club.', 'The court in Khartoum accepted the appeal of two farmers.'],
  ],
  'agreement/approve': [
    ['Peru and Colombia approved the protocol on river navigation.', 'The Kenyan cabinet approved the trade agreement with Tanzania.'],
    ['The Kenyan cabinet approved the budget for next year.', 'Shareholders approved the merger of the two Peruvian banks.'],
  ],
  'agreement/join': [
    ['Vietnam joined the regional convention on migrant workers.', 'Ukraine will join the European energy charter, Kyiv said.'],
    ['The Vietnamese striker joined a club in Japan.', 'Protesters joined the march in Kyiv.'],
  ],
  'agreement/sign-up-to': [
    ['Ministers from Latvia and Estonia signed up to the charter on cyber defence.', 'Chile signed up to the regional treaty on ocean plastics.'],
    ['Thousands of runners in Latvia signed up to the city marathon.', 'Chilean students signed up to the summer course.'],
  ],
  'agreement/hammer-out': [
    ['The deal between Chile and Bolivia was hammered out overnight by their ministers.', 'Kenya and Uganda hammered out an agreement on the railway.'],
    ['Workers in Chile hammered out dents in the bridge.', 'That treaty, hammered out in 1998, still divides Kenya and Uganda.'],
  ],
  'agreement/to-be': [
    ['Debt deal for Malawi to be unveiled\nFinance officials meet on Monday.', 'Kenya rail accord to be signed\nThe ceremony is in Nairobi, the transport ministry said.'],
    ['Malawi debt talks to be held\nThe creditors meet on Monday.', 'Kenya rail accord to be scrapped\nThe project is over budget.'],
  ],
  'meeting/mediation': [
    ['Omani mediation between Iran and Yemen continued on Tuesday.', 'Norwegian mediation efforts between Colombia and Venezuela resumed in Oslo.'],
    ['Mediation between the two airlines failed last week.', 'The mediation centre in Oman closed for the holiday.'],
  ],
  'meeting/talk-between': [
    ['President Ana Ruiz of Chile arrived in Peru on Monday. The talk between the two leaders lasted an hour.', 'The talk between the Kenyan and Ugandan ministers covered the railway.'],
    ['The talk by the Chilean poet drew a large crowd.', 'Small talk between the Kenyan fans filled the stadium.'],
  ],
  'meeting/audience': [
    ['The Jordanian king granted an audience to the visiting Iraqi foreign minister.', 'President Kofi Mensah of Ghana had an audience with the Pope in Rome.'],
    ['The audience at the Ghanaian concert cheered.', 'An audience of millions in Jordan watched the final.'],
  ],
  // ------------------------------------------------------------------ agreements
  'agreement/agree': [
    ['Kenya and Japan agreed to expand flights between Nairobi and Tokyo.', 'Foreign Minister Ana Ruiz and her Chilean counterpart agreed to reopen the border crossing.'],
    ['Kenya and Japan have not yet discussed flights, officials in Nairobi said.', 'The mutually agreed timetable was published in Nairobi.'],
  ],
  'agreement/sign': [
    ['Peru and Chile signed a fisheries agreement in Lima on Monday.', 'Norway and Poland will sign a defence accord next week.'],
    ['Peru and Chile signed up for the marathon in Lima.', 'President Kofi Mensah signed copies of his book in Accra.'],
  ],
  'agreement/ratify': [
    ['The Kenyan parliament ratified the trade treaty with Japan on Tuesday.', 'Poland and Norway ratified the energy convention last year.'],
    ['The Kenyan parliament debated the trade treaty with Japan on Tuesday.', 'Poland and Norway studied the energy convention last year.'],
  ],
  'agreement/adopt': [
    ['Ministers from Egypt and Ghana adopted a joint declaration on water.', 'Vietnam and Brazil adopted a memorandum on rice exports.'],
    ['Ministers from Egypt and Ghana adopted a stray dog in Cairo.', 'Vietnam and Brazil adopted a cautious tone on rice exports.'],
  ],
  'agreement/ink': [
    ['Japan and Kenya inked a deal on geothermal power in Nairobi.', 'Mexico and Canada inked an accord on seasonal workers.'],
    ['Japan and Kenya inked their names in the visitors book in Nairobi.', 'The Mexican artist inked a mural in Ottawa.'],
  ],
  'agreement/conclude': [
    ['Peru and Chile concluded a free trade agreement after two years of talks.', 'Norway and Poland concluded a treaty on fishing rights.'],
    ['Peru and Chile concluded the ceremony with a dinner.', 'President Ana Ruiz concluded her speech in Lima.'],
  ],
  'agreement/reach': [
    ['Egypt and Ghana reached an agreement on grain shipments in Cairo.', 'Negotiators from Brazil and Vietnam reached a deal on coffee tariffs.'],
    ['Egypt and Ghana reached the final of the football tournament in Cairo.', 'Negotiators from Brazil reached Hanoi late on Sunday.'],
  ],
  'agreement/strike': [
    ['Canada and Mexico struck a deal on auto parts in Ottawa.', 'Poland and Norway struck an agreement on gas transit.'],
    ['Canada and Mexico struck a cautious tone in Ottawa.', 'A storm struck the Polish coast near Warsaw.'],
  ],
  'agreement/clinch': [
    ['Kenya and Japan clinched a deal on a new railway line.', 'Chile and Peru clinched an accord on lithium mining.'],
    ['Kenya clinched the title after beating Japan.', 'Chile clinched victory over Peru in the final.'],
  ],
  'agreement/finalise': [
    ['Ghana and Egypt finalised an agreement on cocoa exports in Accra.', 'Norway and Chile finalised a treaty on salmon farming.'],
    ['Ghana and Egypt finalised the guest list for the summit dinner in Accra.', 'Norway and Chile finalised their squads for the cup.'],
  ],
  'agreement/finalize': [
    ['Canada and Mexico finalized an agreement on water sharing in Ottawa.', 'Brazil and Vietnam finalized a deal on coffee.'],
    ['Canada and Mexico finalized the schedule for the visit in Ottawa.', 'Brazil and Vietnam finalized their travel plans.'],
  ],
  'agreement/seal': [
    ['Poland and Norway sealed a deal on offshore wind in Warsaw.', 'Japan and Kenya sealed an agreement on port upgrades.'],
    ['Police sealed the border between Poland and Norway.', 'Japan and Kenya sealed the envelopes before the vote.'],
  ],
  'agreement/extend': [
    ['Egypt and Ghana extended their grain agreement for two more years.', 'Peru and Chile extended the fisheries accord until 2030.'],
    ['Egypt and Ghana extended their congratulations to the winners.', 'Peru and Chile extended the runway at the border airport.'],
  ],
  'agreement/renew': [
    ['Kenya and Japan renewed their aviation agreement in Nairobi.', 'Norway and Poland renewed the energy accord for five years.'],
    ['Kenya and Japan renewed calls for calm in Nairobi.', 'Norway and Poland renewed their passports at the embassy.'],
  ],
  'agreement/propose': [
    ['Brazil and Vietnam proposed a treaty on rice and coffee exports.', 'Chile proposed an agreement with Peru on water rights.'],
    ['Brazil and Vietnam proposed a toast at the dinner.', 'Chile proposed new rules for Peruvian tourists.'],
  ],
  'agreement/decide': [
    ['The two countries decided to open consulates in Lima and Santiago.', 'Both sides decided to resume direct flights between Cairo and Accra.'],
    ['The Chilean court decided to postpone the hearing in Santiago.', 'The voters of Peru decided to stay home.'],
  ],
  'agreement/result-in': [
    ['Talks between Peru and Chile resulted in an agreement on fishing rights.', 'Meetings between Kenya and Japan resulted in a deal on rail.'],
    ['The storm in Peru resulted in flooding in Lima.', 'Delays at the Chilean border resulted in long queues.'],
  ],
  'agreement/signing-of': [
    ['The visit by President Ana Ruiz to Chile saw the signing of a trade agreement.', 'Kenya and Japan celebrated the signing of an aviation accord in Nairobi.'],
    ['The visit by President Ana Ruiz to Chile saw the signing of autographs.', 'Kenya and Japan celebrated the signing of a new striker.'],
  ],
  'agreement/announce': [
    ['The agreement was announced by Kenya and Japan in Nairobi on Friday.', 'Kenya and Japan said the deal was announced on Friday.'],
    ['Kenya announced new tax rates in Nairobi on Friday.', 'Foreign Minister Ana Ruiz announced her retirement in Lima.'],
  ],
  'agreement/resolve-to': [
    ['The two countries resolved to strengthen maritime security in the region.', 'Both sides resolved to settle the border dispute by next year.'],
    ['The Chilean engineers resolved to fix the bridge.', 'Peru resolved the dispute in court.'],
  ],
  'agreement/pact': [
    ['Kenya, Japan in rail pact\nNairobi and Tokyo will build a line together.', 'Peru and Chile in fisheries pact\nThe deal covers the southern coast.'],
    ['Kenya, Japan pact talks stall\nNo deal is expected this year.', 'Pact fears grow in Peru\nThe government declined to comment.'],
  ],
  'agreement/to-harmonise': [
    ['Kenya, Uganda to harmonise customs rules\nThe change starts in May.', 'Peru and Chile to harmonise visa fees\nTourists will pay less.'],
    ['Kenya to harmonise customs rules\nThe change starts in May.', 'Officials want to harmonise customs rules between Kenya and Uganda in the long run.'],
  ],
  'agreement/to-harmonize': [
    ['Canada, Mexico to harmonize truck rules\nThe change starts in May.', 'Brazil and Vietnam to harmonize food standards\nExporters welcome the move.'],
    ['Canada to harmonize truck rules\nThe change starts in May.', 'Officials hope to harmonize truck rules between Canada and Mexico one day.'],
  ],
  'agreement/to-cooperate': [
    ['Kenya, Japan to cooperate on space research\nA joint lab will open.', 'Peru and Chile to cooperate on fisheries\nPatrols will be shared.'],
    ['Kenya to cooperate with investigators\nThe inquiry starts soon.', 'Analysts doubt that Peru and Chile are able to cooperate on fisheries.'],
  ],
  'agreement/to-coordinate': [
    ['Norway, Poland to coordinate energy policy\nMinisters meet monthly.', 'Ghana and Egypt to coordinate grain purchases\nPrices may fall.'],
    ['Norway to coordinate relief efforts\nAid arrives next week.', 'Experts say it is hard for Ghana and Egypt to coordinate grain purchases.'],
  ],
  'agreement/to-jointly': [
    ['Kenya, Japan to jointly build a railway\nWork starts next year.', 'Brazil and Vietnam to jointly promote coffee\nA fair opens in Hanoi.'],
    ['Kenya to build a railway\nWork starts next year.', 'It is unclear whether Brazil and Vietnam want to jointly promote coffee.'],
  ],
  'agreement/to-pool': [
    ['Norway, Poland to pool defence spending\nThe plan covers drones.', 'Peru and Chile to pool lithium research\nA centre opens in Lima.'],
    ['Norway to pool defence spending\nThe plan covers drones.', 'Critics say it is unwise for Peru and Chile to pool lithium research.'],
  ],
  'agreement/to-align': [
    ['Canada, Mexico to align tariffs on steel\nThe rules change in May.', 'Egypt and Ghana to align food standards\nTraders welcome it.'],
    ['Canada to align tariffs on steel\nThe rules change in May.', 'Analysts doubt it is wise for Egypt and Ghana to align food standards.'],
  ],
  'agreement/to-link': [
    ['Kenya, Japan to link power grids\nThe cable is long.', 'Chile and Peru to link rail networks\nWork starts soon.'],
    ['Kenya to link power grids\nThe cable is long.', 'Engineers say it is costly for Chile and Peru to link rail networks.'],
  ],
  'agreement/to-unify': [
    ['Ghana, Egypt to unify visa rules\nTravel gets easier.', 'Norway and Poland to unify rail tickets\nTravel gets easier.'],
    ['Ghana to unify visa rules\nTravel gets easier.', 'It would be hard for Norway and Poland to unify rail tickets.'],
  ],
  'agreement/to-integrate': [
    ['Peru, Chile to integrate stock markets\nTrading starts in May.', 'Kenya and Japan to integrate satellite data\nFarmers will benefit.'],
    ['Peru to integrate stock markets\nTrading starts in May.', 'It would be costly for Kenya and Japan to integrate satellite data.'],
  ],
  'agreement/set-up': [
    ['A joint commission will be set up by Kenya and Japan to oversee the railway.', 'Peru and Chile said a joint task force would be set up to patrol the coast.'],
    ['A commission will be set up by Kenya to oversee the railway.', 'Peru and Chile set up a joint task force last year.'],
  ],
  'agreement/establish': [
    ['A joint working group will be established by Norway and Poland to study gas prices.', 'Ghana and Egypt said a joint fund would be established for grain storage.'],
    ['A working group will be established by Norway to study gas prices.', 'Ghana and Egypt established a joint fund last year.'],
  ],
  'agreement/form': [
    ['A joint committee will be formed by Brazil and Vietnam to manage coffee quotas.', 'Canada and Mexico said a joint panel would be formed to settle disputes.'],
    ['A committee will be formed by Brazil to manage coffee quotas.', 'Canada and Mexico formed a joint panel years ago.'],
  ],
  'agreement/create': [
    ['A joint fund will be created by Kenya and Japan to finance the port.', 'Peru and Chile said a joint agency would be created to monitor fishing.'],
    ['A fund will be created by Kenya to finance the port.', 'Peru and Chile created a joint agency in 2019.'],
  ],
  // ------------------------------------------------------------------ commitments
  'commitment/pledge': [
    ['Japan pledged $50 million to help Kenya build the port.', 'Norway expressed a pledge to send doctors to Ghana.'],
    ['The pledge drive at the Nairobi school raised money for books.', 'Japan was not mentioned in the report on the Nairobi port.'],
  ],
  'commitment/promise': [
    ['Norway promised to send two ships to Ghana.', 'President Ana Ruiz renewed her promise to rebuild roads in Peru.'],
    ['The young Peruvian striker showed great promise in Lima.', 'Norway sent two ships to Ghana last year.'],
  ],
  'commitment/undertake': [
    ['Japan undertook to train Kenyan engineers for five years.', 'Chile undertook to share its fishing data with Peru.'],
    ['Japan undertook a review of its railways.', 'Chile undertook repairs on the Peruvian border road.'],
  ],
  'commitment/committed-to': [
    ['Norway remains committed to helping Ghana build schools.', 'President Ana Ruiz said Peru was committed to fighting illegal mining.'],
    ['The Norwegian committee met in Oslo to discuss Ghana.', 'Peru has a new mining law.'],
  ],
  'commitment/commit': [
    ['Japan committed $20 million to a Kenyan solar project.', 'Poland will commit troops to a mission with Norway.'],
    ['Smugglers committed crimes along the Polish border.', 'The Kenyan report said fraud was committed at the port.', 'The Peruvian defender committed a foul on the Chilean striker in Lima.'],
  ],
  'commitment/commitment': [
    ['Japan expressed its commitment to Kenyan clinics.', 'Norway voiced a strong commitment to Ghanaian schools.'],
    ['The Kenyan commitment ceremony took place in a hotel.', 'Japan funded Kenyan clinics in 2020.'],
  ],
  'commitment/earmark': [
    ['Norway earmarked $10 million for Ghanaian schools.', 'The Japanese government earmarked funds for Kenyan roads.'],
    ['An earmarked road in Ghana was never built.', 'A Norwegian bank earmarks its profits for shareholders.'],
  ],
  'commitment/allocate': [
    ['Japan allocated $5 million to Kenyan flood relief.', 'The Peruvian government allocated funds for the Chilean border road.'],
    ['The allocation of seats in Lima was random.', 'Seats were allocated at random in Lima.'],
  ],
  'commitment/set-aside': [
    ['Japan set aside $8 million for Kenyan water projects.', 'The Norwegian government set aside funds to rebuild Ghanaian clinics.'],
    ['The judge set aside the ruling in Nairobi.', 'Kenya set the date for the vote.'],
  ],
  'commitment/reaffirm': [
    ['Japan reaffirmed its support for Kenyan democracy.', 'President Ana Ruiz reaffirmed that Peru would respect the treaty with Chile.'],
    ['Japan affirmed that the Nairobi talks were over.', 'President Ana Ruiz repeated the rumour in Lima.'],
  ],
  'commitment/reiterate': [
    ['Norway reiterated its commitment to Ghanaian schools.', 'President Ana Ruiz reiterated her support for Chile.'],
    ['Norway reiterated that the meeting was over.', 'The spokesman reiterated the question in Lima.'],
  ],
  'commitment/support': [
    ['Japan supports the Kenyan bid to host the games.', 'Peru voiced support for Chile in the dispute.'],
    ['Public support for the Kenyan bid is growing.', 'Tech support for Peruvian and Chilean users ends in May.'],
  ],
  'commitment/back': [
    ['Norway backed the Ghanaian plan for new schools.', 'President Ana Ruiz backs the Chilean proposal on fishing.'],
    ['Norway backed down after the Ghanaian protest.', 'President Ana Ruiz came back to Lima from Chile.'],
  ],
  'commitment/backer': [
    ['Japan is a backer of the Kenyan railway plan.', 'Norway has long been a backer of Ghanaian schools.'],
    ['Japan is a backer in the Kenyan football league.', 'The backer pulled out of the Ghanaian film.'],
  ],
  'commitment/supporter': [
    ['Japan is a supporter of the Kenyan bid.', 'Norway remains a supporter of Ghanaian democracy.'],
    ['A supporter waved a Kenyan flag at the match.', 'The Norwegian supporter club met in Oslo.'],
  ],
  'commitment/proponent': [
    ['Japan is a proponent of the Kenyan railway plan.', 'President Ana Ruiz is a proponent of free trade with Chile.'],
    ['The proponent spoke at a Kenyan book fair.', 'Peru opposed free trade with Chile.'],
  ],
  'commitment/endorse': [
    ['Japan endorsed the Kenyan candidate for the post.', 'President Ana Ruiz endorsed the Chilean peace plan.'],
    ['The Kenyan candidate was seen at a Tokyo cafe.', 'The Chilean peace plan was read aloud in Lima.'],
  ],
  'commitment/defend-plans': [
    ['Prime Minister Lena Berg defended plans to send troops to Ghana.', 'Japan defended plans to build a port in Kenya.'],
    ['Prime Minister Lena Berg defended her title in Oslo.', 'Japan defended its goal against Kenya.'],
  ],
  'commitment/offer': [
    ['Japan offered to help Kenya rebuild the port.', 'Norway offered $3 million to Ghana for flood relief.'],
    ['Japan offered condolences to Kenya after the floods.', 'The Norwegian prime minister offered condolences in Oslo.'],
  ],
  'commitment/keen-to': [
    ['Japan is keen to expand trade with Kenya.', 'President Ana Ruiz said Peru was keen to deepen ties with Chile.'],
    ['The Japanese tourists were keen on Kenyan coffee.', 'Peru watched Chile closely.'],
  ],
  'commitment/ready-to': [
    ['Norway is ready to send engineers to Ghana.', 'President Ana Ruiz said Peru was ready to help Chile.'],
    ['The Norwegian team is ready for the match in Ghana.', 'Peru will be ready in time, fans said.'],
  ],
  'commitment/willing-to': [
    ['Japan is willing to finance the Kenyan railway.', 'President Ana Ruiz said Peru was willing to talk to Chile.'],
    ['The Japanese buyer was unwilling, a Kenyan broker said.', 'Peru was silent on Chile.'],
  ],
  'commitment/determined-to': [
    ['Norway is determined to help Ghana fight malaria.', 'President Ana Ruiz said Peru was determined to end illegal mining.'],
    ['The Norwegian court determined the cause of the crash in Ghana.', 'Peru has not determined the date.'],
  ],
  'commitment/desire': [
    ['Japan expressed a desire to invest in Kenyan ports.', 'President Ana Ruiz voiced her desire to visit Chile.'],
    ['The Kenyan novel is called Desire.', 'Peru produces copper.'],
  ],
  'commitment/readiness': [
    ['Japan expressed its readiness to help Kenya.', 'President Ana Ruiz voiced readiness to talk to Chile.'],
    ['The readiness of Kenyan troops was tested.', 'Combat readiness in Peru was low.'],
  ],
  'commitment/willingness': [
    ['Japan expressed its willingness to help Kenya.', 'President Ana Ruiz voiced her willingness to meet the Chilean leader.'],
    ['The willingness of voters in Kenya was measured.', 'Peru was silent.'],
  ],
  'commitment/intend': [
    ['Japan intends to open a consulate in Mombasa, Kenya.', 'President Ana Ruiz said Peru intended to buy Chilean gas.'],
    ['The intended route through Kenya was closed.', 'Peru bought Chilean gas.'],
  ],
  'commitment/will': [
    ['Japan will provide $40 million to Kenya for roads.', 'Foreign Minister Lena Berg said Norway would deliver two ships to Ghana.'],
    ['The Japanese programme will cover forty Kenyan schools.', 'Norway will release its figures on Ghana next week.'],
  ],
  'commitment/is-to': [
    ['Japan is to provide $40 million to Kenya for roads.', 'Norway is to supply two ships to Ghana.'],
    ['The Japanese programme is to cover forty Kenyan schools.', 'Norway is to hold elections next year.'],
  ],
  'commitment/donate': [
    ['Japan donated ten ambulances to Kenya.', 'The Norwegian government donated vaccines to Ghana.'],
    ['Donations to Kenyan schools rose last year.', 'Ten ambulances were seen in Nairobi.'],
  ],
  'commitment/to-help': [
    ['Japan to help Kenya build port\nWork starts next year.', 'Norway to help Ghana fight malaria\nDoctors arrive soon.'],
    ['Kenyan port to open next year\nWork starts soon.', 'Fans to help clean stadium\nVolunteers arrive soon.'],
  ],
  'commitment/to-provide': [
    ['Japan to provide Kenya with trains\nDelivery is due next year.', 'Norway to provide Ghana with vaccines\nDoses arrive soon.'],
    ['Kenyan trains to run faster\nDelivery is due next year.', 'Shop to provide free coffee\nCustomers are pleased.'],
  ],
  'commitment/to-send': [
    ['Japan to send engineers to Kenya\nThey arrive in May.', 'Norway to send doctors to Ghana\nThey arrive soon.'],
    ['Kenyan engineers to return home\nThey arrive in May.', 'Fans to send letters to club\nThe club is pleased.'],
  ],
  // ------------------------------------------------------------------ meetings
  'meeting/meet': [
    ['Foreign Minister Ana Ruiz met her Chilean counterpart in Santiago on Monday.', 'President Kofi Mensah will meet Japanese Prime Minister Yuki Sato in Tokyo.'],
    ['Kenya failed to meet the deadline for the Japanese loan.', 'The Peruvian port did not meet safety standards, Chile said.', 'Her speech in Lima met a frosty reception from the Chilean delegates.'],
  ],
  'meeting/meeting': [
    ['The meeting between President Ana Ruiz and Chilean leaders took place in Lima.', 'Kenya and Japan held a meeting on trade in Nairobi.'],
    ['Kenya and Japan trade rose last year.', 'President Ana Ruiz greeted Chilean leaders in Lima.'],
  ],
  'meeting/consult': [
    ['Japan consulted Kenya on the new port rules.', 'Foreign Minister Lena Berg consulted her Polish counterpart by phone.'],
    ['Japan adopted new port rules for Kenyan ships.', 'Foreign Minister Lena Berg wrote to Poland.'],
  ],
  'meeting/talks': [
    ['Kenya and Japan held talks on trade in Nairobi.', 'Foreign Minister Ana Ruiz and her Chilean counterpart began talks in Lima.'],
    ['Kenya and Japan traded goods worth $2 billion last year.', 'Foreign Minister Ana Ruiz greeted her Chilean counterpart in Lima.'],
  ],
  'meeting/talk': [
    ['President Ana Ruiz talked with Chilean leaders about water.', 'Japan talked with Kenya about the port.'],
    ['President Ana Ruiz talked about water in Lima.', 'Japan talked about the Kenyan port.'],
  ],
  'meeting/discuss': [
    ['Foreign Minister Lena Berg discussed trade with her Polish counterpart.', 'Japan discussed the port with Kenya.'],
    ['Foreign Minister Lena Berg discussed trade in a speech in Oslo.', 'Japan discussed the Kenyan port in a report.'],
  ],
  'meeting/discussion': [
    ['Kenya and Japan held discussions on trade in Nairobi.', 'Discussions between Peru and Chile resumed in Lima.'],
    ['Kenya and Japan focused on rail.', 'Foreign Minister Ana Ruiz wrote to Chilean officials.'],
  ],
  'meeting/consultation': [
    ['Kenya and Japan held consultations on maritime security.', 'After consultations with Chile, Peru closed the crossing.'],
    ['Kenya and Japan improved maritime security.', 'After a storm, Peru closed the crossing with Chile.'],
  ],
  'meeting/negotiation': [
    ['Negotiations between Peru and Chile on fishing resumed in Lima.', 'Kenya and Japan are in negotiations over a rail loan.'],
    ['Fishing between Peru and Chile resumed in Lima.', 'Kenya and Japan are building a railway.'],
  ],
  'meeting/negotiate': [
    ['Peru negotiated with Chile over fishing rights.', 'Foreign Minister Lena Berg negotiated with her Polish counterpart for hours.'],
    ['Peru negotiated a loan last year.', 'Foreign Minister Lena Berg negotiated the narrow road to Warsaw.'],
  ],
  'meeting/visit': [
    ['President Kofi Mensah visited Tokyo to meet business leaders.', 'Japanese Prime Minister Yuki Sato is on a visit to Kenya.'],
    ['Kenyan hotels expect many visitors every year.', 'The site of the Tokyo visitor centre was chosen.'],
  ],
  'meeting/trip': [
    ['President Ana Ruiz made a trip to Chile last week.', 'During his trip to Japan, President Kofi Mensah met investors.'],
    ['The trip wire was found near the Peruvian border.', 'A school trip to Chile was cancelled.'],
  ],
  'meeting/tour': [
    ['President Kofi Mensah began a tour of Asian capitals in Tokyo.', 'During her tour of Chile, President Ana Ruiz visited mines.'],
    ['The Kenyan band began a concert tour of Japan.', 'A guided tour of Santiago was offered to tourists.'],
  ],
  'meeting/arrive': [
    ['Foreign Minister Ana Ruiz arrived in Santiago for talks on Monday.', 'President Kofi Mensah arrived in Tokyo late on Sunday.'],
    ['The shipment of Chilean copper arrived late.', 'Rain arrived in Tokyo on Sunday.'],
  ],
  'meeting/travel-to': [
    ['Foreign Minister Ana Ruiz travelled to Santiago on Monday.', 'President Kofi Mensah will travel to Tokyo next week.'],
    ['Light travels fast.', 'Foreign Minister Ana Ruiz travelled widely as a student.'],
  ],
  'meeting/fly-to': [
    ['Foreign Minister Ana Ruiz flew to Santiago on Monday.', 'President Kofi Mensah will fly to Tokyo next week.'],
    ['Birds fly south in winter.', 'Foreign Minister Ana Ruiz flew home after the vote.'],
  ],
  'meeting/host': [
    ['Kenya hosted talks between Japanese and Chinese envoys in Nairobi.', 'President Ana Ruiz hosted her Chilean counterpart in Lima.'],
    ['Kenya hosted the athletics championships in Nairobi.', 'Lima hosted a film festival last week.'],
  ],
  'meeting/receive': [
    ['President Kofi Mensah received a Japanese delegation in Nairobi.', 'Prime Minister Lena Berg received a Polish delegation in Oslo.'],
    ['President Kofi Mensah received a letter from the Japanese emperor.', 'Prime Minister Lena Berg received an award in Oslo.'],
  ],
  'meeting/review': [
    ['The two countries reviewed bilateral relations in Nairobi.', 'Both sides reviewed cooperation on trade and energy.'],
    ['The Kenyan auditor reviewed the accounts in Nairobi.', 'Both sides reviewed the footage of the match.'],
  ],
  'meeting/spend': [
    ['President Kofi Mensah spent two hours with the Japanese prime minister.', 'Foreign Minister Ana Ruiz spent the morning with Chilean officials.'],
    ['President Kofi Mensah spent $2 million on new cars.', 'The Kenyan team spent two hours on the bus.'],
  ],
  'meeting/exchange-views': [
    ['President Kofi Mensah and Prime Minister Yuki Sato exchanged views on trade.', 'The ministers of Peru and Chile exchanged views on fishing.'],
    ['The Kenyan fans exchanged shirts with Japanese players.', 'Peru and Chile exchanged prisoners.'],
  ],
  'meeting/call-on': [
    ['Foreign Minister Ana Ruiz called on President Kofi Mensah in Nairobi.', 'The Japanese envoy called on the Kenyan prime minister on Monday.'],
    ['Kenya called on Japan to lift the ban.', 'Foreign Minister Ana Ruiz called on voters to stay calm.'],
  ],
  'meeting/convene': [
    ['Foreign Minister Lena Berg convened a meeting of Nordic ministers in Oslo.', 'Kenya convened envoys from Japan and Egypt.'],
    ['The court in Oslo convenes on Monday.', 'A court in Oslo will be convened next week.'],
  ],
  'meeting/videoconference': [
    ['President Kofi Mensah held a videoconference with Japanese Prime Minister Yuki Sato.', 'Peru and Chile held a videoconference on fishing.'],
    ['President Kofi Mensah held a press event with Japanese reporters.', 'Peru and Chile fished together.'],
  ],
  'meeting/summit': [
    ['Leaders of Kenya and Japan gathered at a summit in Nairobi.', 'The summit between Peru and Chile ended in Lima.'],
    ['Climbers from Kenya reached the top of the mountain.', 'The peak between Peru and Chile is snowy.'],
  ],
  'meeting/conference': [
    ['President Kofi Mensah spoke at a conference on climate in Tokyo.', 'Ministers from Peru and Chile gathered for a conference in Lima.'],
    ['President Kofi Mensah spoke at a press briefing in Tokyo.', 'The conference room in Lima was empty.'],
  ],
  'meeting/news-conference-with': [
    ['President Ana Ruiz held a news conference with Chilean President Tomas Vos in Lima.', 'Prime Minister Lena Berg spoke at a news conference with her Polish counterpart.'],
    ['President Ana Ruiz held a news conference in Lima.', 'Prime Minister Lena Berg spoke at a news conference about Poland.'],
  ],
  'meeting/briefing': [
    ['President Kofi Mensah gave a briefing to Japanese envoys in Nairobi.', 'Foreign Minister Ana Ruiz gave a briefing to Chilean officials.'],
    ['The daily briefing in Nairobi was cancelled.', 'A press briefing was held in Lima.'],
  ],
  'meeting/attend': [
    ['President Kofi Mensah attended the Japan–Africa forum in Tokyo.', 'Foreign Minister Ana Ruiz will attend a ministerial meeting in Santiago.'],
    ['Attendance at the Tokyo fair was low, Kenyan organisers said.', 'Thousands of fans attended the match in Santiago.'],
  ],
  'meeting/telephone': [
    ['President Kofi Mensah telephoned Japanese Prime Minister Yuki Sato on Monday.', 'Foreign Minister Ana Ruiz held a telephone call with her Chilean counterpart.'],
    ['The Kenyan telephone company raised its prices.', 'A telephone mast fell in Santiago.'],
  ],
};
