"""World desk: running storylines and one-off story formats in the demo markup."""

ELECTION = """
key: orlanda-election
tags: Orlanda | Elections | Diplomacy
days: 29 4
authors: nadia-ferreiro
place: Port Solana
cast president: Mateo Saranda | Orlanda's president
cast challenger: Ileana Voss | the leader of the Civic Renewal party
cast commission: Arturo Melian | the chair of Orlanda's electoral commission
cast observer: Greta Lindahl | who led the Continental observer mission
cast analyst: Rafael Ostrowe | a political scientist at the University of Port Solana
cast voter: Lucia Benedetti | a nurse voting in the capital's old town
val voters: 9.4 | 10.1 | 11.2
range turnout: 64 77 1
range voss: 50 53 1
val years: 12 | 14
range stations: 14000 19000 500
range inflation: 11 19 1
context: Saranda has led Orlanda for {years} years, first as prime minister and then as president
  after constitutional changes that critics say weakened the courts.
context: Voss, a former mayor of Port Solana, has campaigned on corruption and the cost of living.
  Inflation in Orlanda reached {inflation}% last year.
context: Orlanda is a major exporter of grain and fertiliser, and its relations with its neighbours
  have been strained by a long dispute over fishing rights.
quote analyst: For the first time in a long time, Orlandans believe their vote might change who
  governs them. That alone changes the atmosphere.
quote voter: I have voted in every election since I was 18. This is the first one where I did not
  know the result before I went in.
number: About {voters} million people are eligible to vote at {stations} polling stations.
number: Turnout was put at {turnout}%, the highest in two decades.
facts: Orlanda at a glance
fact: Capital: Port Solana
fact: Eligible voters: about {voters} million
fact: Mateo Saranda: in power for {years} years
fact: Main challenger: Ileana Voss, Civic Renewal
fact: Inflation last year: {inflation}%
caption crowd: Supporters of Ileana Voss at a rally in Port Solana {photo_when}.
caption crowd: Crowds gather in the centre of Port Solana as results are announced.
caption assembly: The presidential palace in Port Solana.
caption skyline: The skyline of Port Solana, Orlanda's capital.
analysis-h: How Ileana Voss broke Saranda's grip on Orlanda
analysis-h: Orlanda's election was decided by the price of bread
analysis-s: A united opposition, a cost-of-living crisis and a campaign in small towns explain an
  upset few predicted a year ago.
analysis: A year ago few analysts in Port Solana gave the opposition much chance. It was divided,
  short of money and largely ignored by state television.
analysis: Two things changed. The first was inflation, which turned the president's promise of
  stability into a punchline. The second was the decision of five quarrelsome parties to put their
  differences aside.
analysis: Voss spent the campaign in small towns that had voted for Saranda for a decade, talking
  about prices rather than the constitution. It worked.
== beat world crowd 3
h: Orlanda's opposition unites behind Voss to challenge Saranda
h: Saranda faces his toughest test as Orlanda's opposition unites
s: Five opposition parties agree to back Ileana Voss, a former mayor of the capital, in next
  month's presidential election.
lede: Orlanda's fractured opposition has united behind a single candidate for the first time,
  backing Ileana Voss to challenge President Mateo Saranda in next month's election.
more: The agreement, signed in Port Solana {when}, commits five parties to withdraw their own
  candidates and campaign for Voss.
quote challenger: Today the people who want change stopped arguing with each other and started
  talking to the country.
next: The election will be held in four weeks.
== beat world crowd 3
h: Saranda promises pension rise as Orlanda election race tightens
h: Orlanda poll shows Voss level with Saranda as campaign heats up
s: The president pledges higher pensions and cheaper bread as polls suggest a close contest.
lede: President Mateo Saranda of Orlanda has promised to raise pensions and cap the price of bread,
  as opinion polls suggest the challenger Ileana Voss has drawn level with him.
more: Addressing a rally in the industrial city of Varo, Saranda accused the opposition of wanting
  to sell the country's grain companies to foreign buyers.
quote president: They promise you change. I promise you bread on the table and a pension you can
  live on.
quote challenger: The president has had {years} years to fix the price of bread. Voters can count.
next: The two candidates are due to meet in a televised debate next week.
== beat world crowd 4
h: Orlandans vote in tight presidential election as turnout surges
h: Long queues at polling stations as Orlanda chooses a president
s: Officials report unusually high turnout in a contest between Mateo Saranda and Ileana Voss.
lede: Orlandans queued for hours outside polling stations {when} in a presidential election that
  could end Mateo Saranda's {years} years in power.
more: Voting was extended by an hour in parts of Port Solana. International observers reported
  isolated problems with voter lists but no widespread irregularities.
quote commission: The vote has been calm and orderly. We ask every candidate to respect the count
  and wait for the official result.
next: Preliminary results are expected overnight.
== beat world crowd 5
h: Voss wins Orlanda presidency, ending Saranda's {years} years in power
h: Ileana Voss elected Orlanda's president in political earthquake
s: The opposition candidate takes {voss}% of the vote, according to the electoral commission.
lede: Ileana Voss has won Orlanda's presidential election, taking {voss}% of the vote according to
  preliminary results, and ending Mateo Saranda's {years} years in power.
more: Thousands of her supporters gathered in Liberty Square in Port Solana, waving flags and
  setting off fireworks, as the result became clear shortly after midnight.
quote challenger: Tonight belongs to everyone who queued in the cold to be heard. I will be
  president for those who voted against me too.
next: Saranda has not yet conceded. His spokesman said the president would comment after the
  official count.
== beat world assembly 4
h: Saranda concedes defeat as Orlanda observers endorse election
h: Orlanda's outgoing president accepts result after observers' verdict
s: International observers say the vote was competitive and broadly fair.
lede: Mateo Saranda has conceded defeat in Orlanda's presidential election, two days after the
  vote, as international observers said the contest had been competitive and broadly fair.
more: In a brief televised statement, Saranda said he had called Voss to congratulate her and would
  oversee a peaceful handover.
quote observer: Voters had a genuine choice and were able to make it freely. There were
  shortcomings, but none that affected the outcome.
quote president: The people have spoken, and in a democracy that is the end of the argument.
next: Voss will be sworn in next month.
"""

STORYLINES = (ELECTION,)

FORMATS = """
== format protest 2
tags: Protest | Economy
scenes: crowd street
agency: yes
pick country: countries
range crowd: 20 90 5
range arrests: 12 140 2
val cause: fuel prices | pension reform | a new housing tax | cuts to public transport
cast minister: @ | {country}'s interior minister
cast organiser: @ | one of the organisers of the march
cast protester: @ | a teacher who travelled from {country_city} to take part
place: {country_capital}
h: Tens of thousands march in {country_capital} over {cause}
h: {country_adj} protesters fill streets of {country_capital} in anger over {cause}
s: Police put the crowd at {crowd},000; organisers say it was far larger.
lede: Tens of thousands of people marched through {country_capital} {when} in the largest protest
  in {country} for [a decade|several years], angered by the government's plans on {cause}.
more: Police estimated the crowd at {crowd},000, while organisers said more than twice that number
  had taken part. The march was largely peaceful, but police said {arrests} people were arrested
  after scuffles near the parliament building.
quote organiser: People are not asking for the impossible. They are asking to be able to pay their
  bills and retire with dignity.
quote minister: The right to protest is sacred. The right to damage property and attack police
  officers is not.
quote protester: I have never marched for anything in my life. This time I felt I had no choice.
context: The government, a coalition of three parties, has a narrow majority and faces a confidence
  vote next month.
context: {country} has seen a series of strikes and protests since the start of the year, as wages
  have lagged behind prices.
number: Inflation in {country} has run above 7% for more than a year.
next: Union leaders have called a general strike for next week.
caption crowd: Protesters march through the centre of {country_capital} {photo_when}.
caption street: Police line a street near the parliament in {country_capital}.

== format treaty 2
tags: Diplomacy | Trade
scenes: assembly harbour
agency: yes
pick country partner: countries
range years: 4 11 1
val subject: fishing rights | a shared border crossing | a new rail link | tariffs on farm goods
cast leader: @ | {country}'s foreign minister
cast other: @ | {partner}'s foreign minister
cast analyst: @ | a senior fellow at the Institute for Continental Affairs
place: {country_capital}
h: {country} and {partner} sign agreement ending dispute over {subject}
h: {country} and {partner} settle {years}-year row with deal on {subject}
s: The agreement, signed in {country_capital}, follows {years} years of on-off negotiations.
lede: {country} and {partner} have signed an agreement settling a long-running dispute over
  {subject}, ending {years} years of negotiations that at times threatened to sour relations
  between the two neighbours.
more: The deal was signed by the two countries' foreign ministers at a ceremony in
  {country_capital} {when}. Details were not immediately published, but officials said it included
  a joint commission to oversee its implementation.
quote leader: This is what diplomacy looks like when it works: slow, patient and in the end worth
  it.
quote other: Our two peoples have far more that unites them than divides them. Today we have proved
  it.
quote analyst: The real test is not the signing ceremony. It is whether both governments can sell
  this at home.
context: The dispute had led to the temporary closure of border crossings two years ago and to a
  sharp fall in trade between the two countries.
number: Trade between {country} and {partner} is worth about [12|18|23] billion crowns a year.
next: The agreement must be ratified by both countries' parliaments.
caption assembly: The foreign ministry in {country_capital}, where the agreement was signed.
caption harbour: A port on the coast of {partner}.

== format quake 3
tags: Weather | Diplomacy
scenes: skyline crowd
agency: yes
max: 3
pick country: countries
range dead: 8 40 1
range injured: 90 400 10
range homeless: 3000 12000 500
val disaster: earthquake | storm | landslide
cast official: @ | the head of {country}'s civil protection agency
cast survivor: @ | a shopkeeper in {country_city}
cast aid: @ | the regional director of the Continental Red Cross
place: {country_city}
h: At least {dead} dead after {disaster} strikes {country_city} in {country}
h: Rescuers search rubble after deadly {disaster} hits {country}
s: Thousands spent the night in the open as aftershocks and rain hampered rescue efforts.
lede: At least {dead} people have been killed and more than {injured} injured after a powerful
  {disaster} struck the city of {country_city} in {country} {when}, officials said.
more: Rescue teams worked through the night to reach people trapped in collapsed buildings, and the
  army has been deployed to help. About {homeless} people have been left homeless.
quote official: We are still in the phase of saving lives. Every hour matters, and every team we
  have is in the field.
quote survivor: The whole building shook and then the wall came down. We ran into the street with
  nothing.
quote aid: The immediate needs are shelter, clean water and medical care. We are sending supplies
  from our warehouses in the region.
context: The region has been hit by several deadly disasters in recent decades, and building
  standards have long been criticised as poorly enforced.
number: The government has declared a state of emergency in {country_city} and two neighbouring
  provinces.
next: Neighbouring governments, including Carvenia, have offered help.
caption skyline: Damaged buildings in {country_city} {photo_when}.
caption crowd: Residents gather in a square in {country_city} after the {disaster}.

== format resign 3
tags: Elections | Diplomacy
scenes: assembly crowd
agency: yes
max: 4
pick country: countries
range months: 14 40 1
cast pm: @ | {country}'s prime minister
cast opposition: @ | the leader of the opposition
cast analyst: @ | a political scientist in {country_capital}
place: {country_capital}
h: {country}'s prime minister resigns after losing confidence vote
h: {country}'s government collapses as coalition partner walks out
s: The prime minister had been in office for {months} months. An early election is likely.
lede: {country}'s prime minister has resigned after [losing a confidence vote in parliament|the
  smallest party in the governing coalition withdrew its support], bringing down the government
  after {months} months in office.
more: The prime minister, {pm}, announced the resignation in a short statement outside the
  government headquarters in {country_capital} {when}, and said the cabinet would stay on in a
  caretaker role.
quote pm: I have always said that I would not cling to office. It is now for the president and the
  parliament to find a way forward.
quote opposition: This government has run out of ideas and out of friends. The only honest thing
  now is to let the people decide.
quote analyst: The coalition was held together by the fear of an election. When the polls moved,
  that fear disappeared.
context: The coalition had been divided for months over the budget and over plans to raise the
  retirement age.
number: Polls suggest that no party would win more than 30% of the vote in an early election.
next: The president is expected to begin consultations with party leaders [on Monday|next week].
caption assembly: The parliament building in {country_capital}.
caption crowd: Supporters of the opposition gather outside parliament.

== format wildfire 2
tags: Climate | Environment
scenes: fields skyline
agency: yes
max: 3
pick country: countries
range hectares: 4000 22000 1000
range evacuated: 1500 9000 500
range firefighters: 600 2400 100
cast official: @ | the head of {country}'s forestry service
cast resident: @ | who was evacuated from a village near {country_city}
cast expert: @ | a fire ecologist at the University of {country_capital}
place: {country_city}
h: Wildfires force thousands from their homes in {country}
h: {country} battles wildfires as heat and wind fan flames near {country_city}
s: More than {firefighters} firefighters are tackling blazes across {hectares} hectares.
lede: Wildfires fanned by strong winds and high temperatures have forced about {evacuated} people
  from their homes near {country_city}, in the south of {country}, as more than {firefighters}
  firefighters battle the flames.
more: The fires have burned about {hectares} hectares of forest and farmland. Water-bombing
  aircraft have been sent from neighbouring countries.
quote official: The conditions are extreme. The wind changes direction every few hours, and fires
  we thought were under control flare up again.
quote resident: We had twenty minutes to leave. I took the dog and the photographs and drove.
quote expert: Fire seasons are getting longer and more intense. This is the new pattern, not an
  exception.
context: Much of southern {country} has had almost no rain for two months.
number: It is the third major fire in the region in five years.
next: Forecasters expect the wind to drop later this week.
caption fields: Smoke rises over hills near {country_city}.
caption skyline: A haze of smoke over {country_city}.

== format court 2
tags: Courts | Diplomacy
scenes: assembly crowd
agency: yes
pick country: countries
val law: a law restricting foreign funding of charities | a ban on street protests near parliament
  | an increase in the retirement age | a law giving ministers control of public broadcasting
cast judge: @ | the president of {country}'s constitutional court
cast minister: @ | {country}'s justice minister
cast campaigner: @ | a lawyer who brought the case
place: {country_capital}
h: {country}'s top court strikes down [controversial|disputed] law in blow to government
h: Constitutional court in {country} rules against government over disputed law
s: Judges found that {law} breached the constitution.
lede: {country}'s constitutional court has struck down {law}, ruling that it breached the
  constitution, in a significant blow to the government.
more: The ruling, by a majority of [seven judges to two|six to three], cannot be appealed. The
  government had argued that the law was needed to protect public order and national interests.
quote campaigner: This is a good day for every citizen of {country}. The court has reminded the
  government that it is not above the constitution.
quote minister: We respect the court, even when we disagree with it. We will study the judgment
  carefully.
context: The law had been criticised by the Continental Council and by human rights groups.
number: Thousands of people had protested against the law when it was passed last year.
next: The government said it would consider drafting a new version of the law.
caption assembly: The constitutional court in {country_capital}.
caption crowd: Campaigners celebrate outside the court.

== format envoy 2
tags: Diplomacy | Security
scenes: assembly skyline
agency: yes
max: 3
pick country partner: countries
cast spokesman: @ | a spokesman for {country}'s foreign ministry
cast envoy: @ | {partner}'s ambassador to {country}
cast analyst: @ | a former diplomat
place: {country_capital}
h: {country} expels {partner_adj} ambassador in escalating diplomatic row
h: Diplomatic row deepens as {country} orders {partner_adj} envoy to leave
s: {partner} says it will respond in kind to what it calls an unjustified decision.
lede: {country} has ordered {partner}'s ambassador to leave the country within 72 hours, in a sharp
  escalation of a row between the two governments over [a spying case|a disputed border
  patrol|comments by a senior minister].
more: The foreign ministry in {country_capital} said the ambassador had been summoned {when} and
  told that their presence was no longer acceptable.
quote spokesman: We have shown great patience. That patience has run out.
quote envoy: This decision is regrettable and unjustified. My government will respond in an
  appropriate way.
quote analyst: Expelling an ambassador is the diplomatic equivalent of slamming the door. Both
  sides will now need a way to open it again.
context: Relations between the two neighbours have been tense since a dispute over fishing rights
  last year.
number: About 40,000 {partner_adj} citizens live in {country}.
next: {partner} is expected to announce its response within days.
caption assembly: The foreign ministry in {country_capital}.
caption skyline: {country_capital}, the capital of {country}.

== format rail 2
tags: Transport | Trade
scenes: street fields
agency: yes
max: 2
pick country partner: countries
range km: 140 420 10
range hours: 2 5 1
range cost: 3 9 1
range riders: 80 300 10
cast minister: @ | {country}'s transport minister
cast passenger: @ | a student travelling home to {partner_capital}
cast analyst: @ | a transport economist
place: {country_capital}
h: High-speed rail link between {country} and {partner} opens to passengers
h: New line cuts journey from {country_capital} to {partner_capital} to {hours} hours
s: The {km}km line took nine years to build and cost {cost} billion crowns.
lede: A new high-speed railway linking {country_capital} and {partner_capital} has opened to
  passengers, cutting the journey between the two capitals to {hours} hours.
more: The {km}km line, which runs through [two mountain tunnels|a long tunnel under the border
  hills], took nine years to build and cost about {cost} billion crowns, shared between the two
  governments.
quote minister: This line brings our two capitals closer than they have ever been. It will change
  how people live, work and travel.
quote passenger: It used to take me all day to get home. Now I can have lunch with my parents and
  be back for dinner.
quote analyst: The question is whether the fares are low enough to persuade people out of cars and
  planes.
context: The project was delayed by disputes over the route and by cost overruns.
number: Operators expect about {riders},000 passengers a month in the first year.
next: Freight trains will start using the line next year.
caption street: The new station in {country_capital}.
caption fields: The line crosses farmland near the border.
"""
