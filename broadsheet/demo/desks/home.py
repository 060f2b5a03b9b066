"""Home news desk: running storylines and one-off story formats in the demo markup."""

PORT_STRIKE = """
key: port-strike
tags: Port strike | Northport | Labour | Transport
days: 26 1
authors: marguerite-dunmore priya-castellane
place: Northport
cast union: Halvard Brennick | the general secretary of the Harbour Workers' Union
cast port: Sunniva Ostrander | the chief executive of the Northport Port Authority
cast docker: Joaquim Dallow | a crane driver who has worked at the terminal for 19 years
cast chamber: Rhiannon Teague | the chair of the Northport Chamber of Commerce
cast minister: Matthias Erdmann-Cole | the employment minister
cast mayor: Cordelia Fairweather | the mayor of Northport
range workers: 1800 2900 50
val claim: 8 | 9 | 10
val offer: 3.5 | 4
val revised: 5 | 5.5
val deal: 6.5 | 7
range ships: 24 48 1
range cost: 12 19 1
range share: 38 46 1
range jobs: 11000 16000 500
val years: four | five
range fall: 9 14 1
range profit: 140 220 5
range vote_pct: 78 93 1
range turnout: 70 86 1
range boxes: 9000 14000 500
range auto: 300 480 20
context: Northport handles about {share}% of the country's container traffic, and the port and the
  businesses that depend on it employ an estimated {jobs} people across the city.
context: Dock workers last received a rise above inflation {years} years ago, according to the
  union, which says average earnings at the port have fallen by about {fall}% in real terms since
  then.
context: The port authority, which is owned by the city but run at arm's length, reported an
  operating profit of {profit} million crowns last year, a figure the union has [repeatedly
  cited|returned to again and again] during negotiations.
context: The dispute has also exposed tensions over automation. The authority is midway through a
  {auto} million crown programme to install remote-controlled cranes, which the union fears will
  cost jobs on the quayside.
context: On a normal day the terminal handles around {boxes} containers, from fresh fruit and
  medicines to car parts bound for factories in the north of the country.
quote chamber: Northport is a trading city. When the port stops, the rest of us feel it within
  days.
quote union: This has never only been about money. It is about respect for people who do a hard and
  dangerous job in all weathers.
quote port: We want a settlement that is fair to our workforce and keeps this port competitive for
  the next 20 years.
quote mayor: I want to see both sides in a room until this is resolved. The city cannot afford a
  long dispute, and neither can the families involved.
number: The union's original claim was for a rise of {claim}%, against the authority's opening
  offer of {offer}%. Inflation has averaged close to 6% over the past two years.
number: Shipping analysts estimate that {ships} vessels [have been|were] diverted or delayed, with
  some lines routing cargo through Kestrel Bay, a smaller port with a fraction of Northport's
  capacity.
facts: The dispute in numbers
fact: {workers} dock workers are represented by the Harbour Workers' Union
fact: {claim}%: the union's original pay claim
fact: {offer}%: the port authority's first offer
fact: {cost} million crowns: estimated daily cost to the regional economy
fact: {share}% of the country's container traffic passes through Northport
caption harbour: Container cranes stand idle at the Northport terminal {photo_when}.
caption harbour: Ships wait at anchor off Northport as the dispute continues.
caption crowd: Dock workers gather outside the container terminal in Northport {photo_when}.
caption crowd: Members of the Harbour Workers' Union on the picket line at the main port gate.
caption chart: Trade through Northport has fallen sharply since the stoppages began.
caption assembly: The employment ministry in Astermere, where talks were held.
analysis-h: Why the Northport dock strike was about more than pay
analysis-h: Automation, not wages, lies at the heart of Northport's port dispute
analysis-s: Behind the argument over percentages is a fear shared by dock workers around the world:
  that the next crane will not need a driver.
analysis: On paper the dispute at Northport is a familiar one: a union asking for a rise that keeps
  pace with prices and an employer insisting it cannot afford it. Talk to the people on the picket
  line, though, and the conversation soon turns to the cranes.
analysis: Remote-controlled cranes are already common in the largest ports abroad. One operator in
  an office can handle the work of several drivers in a cab, and the machines do not need breaks.
  For a port authority under pressure to cut costs, the case is obvious.
analysis: For the union, it is an existential question. A pay rise matters less if the job itself
  may not exist in ten years, which is why guarantees on redundancies have proved harder to settle
  than the headline figure.
== beat news crowd 4
h: Northport dock workers vote for strike action over pay
h: Dockers back strike at Northport in row over pay offer
s: The Harbour Workers' Union says {vote_pct}% of members voted for a walkout after the port
  authority offered a rise of {offer}%.
lede: Dock workers at Northport have voted [overwhelmingly|by a wide margin] to strike, raising the
  prospect of the first stoppage at the country's busiest container port in more than a decade.
more: The Harbour Workers' Union said {vote_pct}% of members who took part backed a walkout, on a
  turnout of {turnout}%. The union is seeking a rise of {claim}% and a guarantee of no compulsory
  redundancies while new cranes are installed.
quote union: Our members have kept this port running through storms, shortages and a pandemic. They
  are not prepared to accept another real-terms pay cut.
quote port: We remain committed to talks and believe our offer is fair and affordable. A strike
  would harm the whole city, including the people who work here.
next: The union must give two weeks' notice of any action. Talks between the two sides are expected
  to resume [early next week|within days].
== beat news harbour 5
h: Cranes fall silent as Northport dock strike begins
h: Strike shuts Northport container terminal as ships queue offshore
s: More than {workers} workers walk out in the first of a series of stoppages, leaving vessels
  waiting in the estuary.
lede: The container terminal at Northport came to a standstill {when} as dock workers began the
  first of a series of [48-hour|72-hour] strikes in a dispute over pay.
more: Pickets gathered at the main gate from 6am, and by mid-morning the port authority confirmed
  that no vessels were being loaded or unloaded. At least {ships} ships were anchored offshore
  waiting for a berth.
more: Police said the picket had been [good-natured|peaceful] and that no arrests had been made.
  Lorry drivers queued along the dock road before being turned away.
quote docker: Nobody here wants to be standing at a gate in the rain. But the cost of everything
  has gone up and our wages have not moved.
quote port: We have contingency plans for perishable and medical cargo, and we are working with
  shipping lines to keep disruption to a minimum.
next: Further stoppages are planned for next week unless a new offer is made.
== beat business chart 3
authors: priya-castellane
h: Port strike costing Northport {cost} million crowns a day, chamber says
h: Retailers warn of empty shelves as Northport port strike bites
s: Importers of fruit and car parts are worst hit as shipping lines divert cargo to smaller ports.
lede: The strike at Northport's container port is costing the regional economy an estimated {cost}
  million crowns a day, according to the city's Chamber of Commerce, as shipping lines divert
  vessels to Kestrel Bay and to ports abroad.
more: Importers of fresh produce and car parts have been hit hardest. Two supermarket chains said
  they had begun flying in some fruit, at several times the usual cost, while a components plant in
  Aldergate has cut a shift.
quote chamber: Every day this goes on, businesses that have nothing to do with the dispute are
  paying for it. We urge both sides to get back around the table.
next: The chamber said it would publish a fuller estimate of the cost of the dispute at the end of
  the month.
== beat news crowd 4
h: Northport port talks collapse as union rejects revised offer
h: Dockers reject improved {revised}% offer as Northport strike goes on
s: The port authority raised its offer to {revised}%, but the union says it still falls short of
  the rising cost of living.
lede: Talks to end the strike at Northport's port broke down {when} after the Harbour Workers'
  Union rejected an improved pay offer of {revised}%, saying it still left its members worse off.
more: The two sides met for nine hours at a hotel near the docks. The authority's revised offer
  included a one-off payment of 1,500 crowns, but the union said it contained no guarantees on jobs
  once the new cranes are running.
quote union: We moved a long way today. The other side moved a few inches and called it a leap.
quote port: This is a generous offer and we are disappointed it has been turned down. Our door
  remains open.
next: No date has been set for further talks. The union said its next stoppage would go ahead as
  planned.
== beat news assembly 4
place: Astermere
authors: marguerite-dunmore
h: Minister steps in to broker talks in Northport port dispute
h: Government summons both sides in Northport strike to Astermere
s: The employment minister says the country cannot afford a long stoppage at its biggest port.
lede: The government has summoned the port authority and the dock workers' union to talks in
  Astermere, in the clearest sign yet of alarm over the economic cost of the strike at Northport.
more: The employment minister will chair the talks himself, officials said, and an independent
  arbitrator has been asked to be on standby. Ministers have ruled out using emergency powers to
  order a return to work.
quote minister: This is a dispute between an employer and its workforce, and it is for them to
  settle it. But I am not prepared to stand by while the economy pays the price.
next: Both sides confirmed they would attend. The talks are expected to last several days.
== beat news harbour 5
h: Dock workers accept {deal}% pay deal, ending Northport port strike
h: Northport port strike ends as union members back {deal}% deal
s: Cranes are moving again after five weeks of stoppages, but clearing the backlog could take a
  fortnight.
lede: Dock workers at Northport have voted to accept a pay deal worth {deal}% over two years,
  bringing an end to a five-week dispute that brought the country's busiest port to a halt.
more: The agreement, reached after three days of talks in Astermere, also commits the port
  authority to no compulsory redundancies for four years and to retrain crane drivers to operate
  the new remote-controlled equipment.
quote union: This deal is the result of the determination of our members. They stood together and
  they have won a fair settlement.
quote port: I am relieved that this is over and grateful to everyone who helped reach an agreement.
  Now we have a backlog to clear.
next: The first ship to be unloaded since the deal was a refrigerated vessel carrying fruit, which
  berthed shortly after 7am.
== beat business harbour 3
authors: priya-castellane
h: Northport port races to clear backlog after strike ends
h: Shipping lines return to Northport as port works round the clock
s: Extra shifts are being run to unload waiting ships, but some importers say the damage has been
  done.
lede: The port of Northport is running extra night shifts to clear a backlog of containers after
  the end of the dock strike, with shipping lines returning vessels that had been sent to other
  ports.
more: The port authority said it expected to be back to normal within a fortnight. More than 30,000
  containers are estimated to have been delayed during the dispute.
quote chamber: Some of our members have lost customers they will not win back. The city needs to
  make sure this never happens again.
next: The authority will publish a review of the dispute and of its automation programme later this
  year.
"""


TRAM = """
key: crosstown-tram
tags: Transport | Northport | City hall
days: 19 1
authors: marguerite-dunmore
place: Northport
cast commissioner: Ambrose Kettering | the city's transport commissioner
cast mayor: Cordelia Fairweather | the mayor of Northport
cast councillor: Leopold Grint | who leads the opposition group on the city council
cast contractor: Hollis Kellard | the managing director of Kellard Rail
cast trader: Amira Voskuijlen | who runs a bakery on Canal Street
cast auditor: Thea Mornington | the city's chief auditor
range budget: 380 460 10
range overrun: 70 120 5
range months: 9 16 1
val km: 7.2 | 8.4
range stops: 11 15 1
range riders: 38000 52000 1000
context: The Crosstown line will run {km}km from the central station to Eastfield, with {stops}
  stops, and is expected to carry about {riders} passengers a day.
context: The line was approved four years ago with a budget of {budget} million crowns. Work on
  Canal Street, the busiest section, has closed the road to traffic for more than a year.
context: Northport's tram network is the oldest in the country, and the Crosstown line is its first
  extension in three decades.
quote trader: Customers cannot get to us, deliveries cannot get to us. I have lost about a third of
  my trade since the barriers went up.
quote councillor: Every month there is a new excuse. The people of Northport deserve a straight
  answer about what this tram will cost and when it will run.
number: The cost of the project has risen by {overrun} million crowns, to {budget} million plus the
  overrun, according to figures presented to the council.
number: The opening date has slipped by {months} months.
facts: The Crosstown line
fact: Length: {km}km from the central station to Eastfield
fact: {stops} stops
fact: Original budget: {budget} million crowns
fact: Overrun so far: {overrun} million crowns
fact: Expected passengers: about {riders} a day
caption street: Work on the Crosstown tram line on Canal Street in Northport {photo_when}.
caption street: A tram on Northport's existing network near the central station.
caption assembly: Northport City Hall, where councillors debated the tram project.
caption skyline: Eastfield, at the eastern end of the planned Crosstown line.
== beat news street 3
h: Northport's Crosstown tram line delayed by {months} months
h: Crosstown tram opening pushed back again as costs rise
s: The city's transport commissioner blames buried utility pipes and a shortage of rail engineers.
lede: The opening of Northport's Crosstown tram line has been delayed by {months} months, the
  city's transport commissioner has said, after contractors found [a tangle of|dozens of] unmapped
  pipes and cables beneath Canal Street.
more: Ambrose Kettering told councillors that the line would now open in the second half of next
  year, and that the cost of the project had risen by {overrun} million crowns.
quote commissioner: Nobody is more frustrated than I am. But I would rather tell the council the
  truth now than promise a date we cannot meet.
next: A revised timetable will be published next month.
== beat news street 3
h: Canal Street traders demand compensation over tram works
h: Shops on Canal Street say tram delays are driving them out of business
s: Business owners on the closed road say takings have fallen by a third.
lede: Shopkeepers on Northport's Canal Street have demanded compensation from the city for lost
  trade, after the road's closure for tram works was extended by another {months} months.
more: A petition signed by 74 businesses was handed to City Hall {when}. Three shops on the street
  have closed since the works began.
quote trader: We were told it would be eight months. Nobody tells us anything now, and the rent
  still has to be paid.
next: The mayor's office said it was looking at a hardship fund.
== beat news assembly 4
h: City auditor to investigate Crosstown tram cost overrun
h: Auditor orders inquiry into how Northport's tram budget ballooned
s: Thea Mornington will examine the contract with Kellard Rail and the council's oversight of the
  project.
lede: Northport's chief auditor has opened an investigation into the Crosstown tram line, after the
  project's cost rose by {overrun} million crowns and its opening was delayed by more than a year.
more: The inquiry will look at the contract with Kellard Rail, the surveys carried out before work
  began, and how the council monitored the project's finances.
quote auditor: My job is to follow the money. I will go wherever the evidence takes me and I will
  report publicly.
quote contractor: We will co-operate fully. Much of the extra cost comes from conditions
  underground that nobody could have foreseen.
next: The auditor expects to report before the summer.
== beat news street 3
h: Mayor announces hardship fund for Canal Street businesses
h: Tram works: Northport offers grants of up to 20,000 crowns to traders
s: Businesses on roads closed by the tram works can apply for grants from next month.
lede: The mayor of Northport has announced a hardship fund for businesses hit by the Crosstown tram
  works, with grants of up to 20,000 crowns for shops on Canal Street and neighbouring roads.
more: The fund, worth 3 million crowns, will be paid for from the city's reserves.
quote mayor: The tram will be good for this city for a hundred years. But I will not ask small
  businesses to carry the cost of getting there.
quote trader: It will help. It will not bring back the customers we have lost.
next: Applications open next month.
"""

STORYLINES = (PORT_STRIKE, TRAM)

FORMATS = """
== format housing 2
max: 5
tags: Housing | City hall | Northport
scenes: skyline street assembly
pick district: districts
range homes: 180 640 20
val site: bus depot | gasworks | railway yard
range affordable: 25 40 5
range objections: 120 900 10
range height: 8 16 1
cast councillor: @ | the chair of the city's planning committee
cast resident: @ | who lives on a street overlooking the site
cast developer: @ | the managing director of [Quayside Homes|Harrowgate Developments|Saltworks
  Living]
place: Northport
h: Council approves {homes} new homes on former {site} in {district}
h: Plans for {homes} homes in {district} approved despite {objections} objections
s: The scheme includes {affordable}% affordable housing and a tower of up to {height} storeys.
lede: Northport's planning committee has approved plans for {homes} homes on a former {site} in
  {district}, [despite|in spite of] {objections} objections from residents.
more: The scheme includes {affordable}% affordable housing, a small park and a tower of up to
  {height} storeys, which opponents say is out of keeping with the area.
more: Councillors voted seven to four in favour after a meeting that lasted more than three hours.
quote councillor: This city needs homes, and it needs them in places where people can walk to work.
  I do not think we can keep saying no.
quote resident: Nobody here is against new homes. We are against a tower that will put half the
  street in shadow for most of the winter.
quote developer: We have listened and we have changed the plans twice. This will be a good place to
  live and a good neighbour.
context: Northport has a waiting list of about 9,000 households for social housing, and rents in
  the city have risen by about a fifth in three years.
context: The city's local plan, adopted last year, sets a target of 2,500 new homes a year, a
  figure it has not yet met.
number: About {affordable}% of the flats will be let at below market rents, short of the 40% the
  council's own policy asks for on large sites.
next: Work is expected to begin next year, subject to final approval of the designs.
caption skyline: Housing and offices in {district}, Northport.
caption street: The former {site} in {district}, where the homes will be built.
caption assembly: Northport City Hall, where the planning committee met.

== format court 2
max: 5
tags: Courts | Crime
scenes: assembly street
pick town: towns
range age: 24 61 1
range months: 18 72 6
range amount: 120 940 10
range victims: 12 60 1
val job: financial adviser | accountant | estate agent
cast judge: @ | the judge
cast detective: @ | a detective inspector with the regional fraud unit
cast defendant: @ | a former {job}
cast victim: @ | one of the victims, in a statement read to the court
place: {town}
h: Former {job} jailed for cheating [pensioners|savers|clients] out of {amount},000 crowns
h: {town} {job} jailed for {amount},000 crown fraud
s: The court heard that {victims} people lost savings in a scheme that ran for more than three
  years.
lede: A former {job} from {town} has been jailed for {months} months for cheating {victims}
  clients, many of them pensioners, out of more than {amount},000 crowns.
more: {defendant}, {age}, told clients their money was being placed in low-risk bonds, but used it
  to pay off debts and fund holidays abroad, the court heard.
more: {defendant_s} admitted [11|14|nine] counts of fraud at an earlier hearing.
quote judge: You abused the trust of people who had saved all their lives. Some of them will never
  recover what they lost.
quote detective: This was a calculated and cruel fraud. I hope this sentence gives the victims some
  sense that justice has been done.
quote victim: I trusted this person with everything my husband and I had saved. I feel foolish, and
  I feel angry.
context: The case was brought after a bank flagged unusual payments from one of the victims'
  accounts.
context: Fraud is now the most commonly reported crime in the country, according to the national
  statistics office, with older people disproportionately targeted.
number: Investigators traced about a third of the money, which will be returned to victims under a
  confiscation order.
next: A hearing to decide how much {defendant_s} must repay will be held later this year.
caption assembly: The crown court in {town}.
caption street: The high street in {town}.

== format hospital 2
max: 4
tags: Health | Northport
scenes: street skyline
pick hospital: hospitals
range weeks: 11 19 1
range drop: 6 14 1
range beds: 24 60 2
range nurses: 40 140 10
cast chief: @ | the chief executive of the hospital trust
cast surgeon: @ | a consultant surgeon at the hospital
cast patient: @ | a patient who waited [seven|nine|11] months for a hip operation
cast union: @ | the regional secretary of the nurses' union
place: Northport
h: Waiting times fall at {hospital} after new surgical ward opens
h: New ward with {beds} beds cuts waiting lists at {hospital}
s: The average wait for planned surgery has fallen to {weeks} weeks, but nurses warn staffing
  remains stretched.
lede: Waiting times for planned operations at {hospital} have fallen for the [fourth|fifth|sixth]
  month in a row, after the opening of a surgical ward with {beds} beds dedicated to routine
  procedures.
more: The average wait for a hip or knee replacement has fallen to {weeks} weeks, down {drop}%
  since the spring, according to figures published by the hospital trust.
more: The ward, in a converted outpatients building, runs operating lists seven days a week and is
  kept separate from emergency admissions.
quote chief: Keeping planned surgery apart from the pressures of emergency care is the single
  biggest thing we have done. It is working.
quote surgeon: When my list is not cancelled because a bed has been taken by an emergency, I can do
  more operations. It really is that simple.
quote patient: I spent months unable to walk to the shops. Three weeks after my operation I was
  walking the dog again.
quote union: These are good numbers, but they have been bought with the goodwill of staff who are
  working extra shifts week after week.
context: Waiting lists grew sharply across the country during the pandemic and have been slow to
  recover.
number: The trust has recruited {nurses} nurses over the past year, but still has about one vacancy
  in ten.
next: The trust plans to open a second dedicated ward next year.
caption street: The entrance to {hospital}.
caption skyline: {hospital} serves about half a million people.

== format school 2
max: 2
tags: Education | Northport
scenes: street fields
pick district: districts
range pupils: 420 1200 20
range cost: 28 64 2
range vacancies: 30 120 5
cast head: @ | the head teacher
cast official: @ | the city's director of education
cast parent: @ | a parent of two children at the school
place: Northport
h: New secondary school opens in {district} with places for {pupils} pupils
h: {district} gets first new school in a generation as pupils start term
s: The {cost} million crown building has a rooftop sports pitch and a library open to the public.
lede: The first new secondary school to be built in {district} for more than 30 years [opened its
  doors|welcomed its first pupils] {when}, with places for {pupils} students.
more: The {cost} million crown building, designed to use a fraction of the energy of older schools,
  has a sports pitch on its roof and a library that will be open to local residents in the
  evenings.
quote head: We have the chance to build a school's culture from nothing. The first thing I told the
  pupils is that they are the founders.
quote official: Parts of this city have been short of school places for years. This is one of the
  ways we are putting that right.
quote parent: My eldest had a 50-minute bus ride to school. My youngest can walk. That changes
  everything for a family.
context: The city's school-age population has grown by about 12% in a decade, driven by new housing
  in the east of Northport.
context: Schools across the country are struggling to recruit teachers in maths, physics and
  computing.
number: Northport has {vacancies} unfilled teaching posts, according to the city's education
  department.
next: The school will take its first sixth-form students in two years' time.
caption street: Pupils arrive at the new school in {district} {photo_when}.
caption fields: The school's playing fields in {district}.

== format fire 2
max: 3
tags: Northport | Crime
scenes: skyline street
pick district: districts
range engines: 6 15 1
val building: warehouse | former mill | timber yard
range firefighters: 40 90 5
cast fire: @ | an area manager with the regional fire service
cast witness: @ | who runs a café opposite the building
cast owner: @ | a director of the company that owns the building
place: Northport
h: Firefighters tackle large blaze at {building} in {district}
h: Huge fire at {district} {building} sends smoke across Northport
s: Residents were told to keep windows and doors shut as {engines} fire engines attended.
lede: About {firefighters} firefighters were called to a large fire at a {building} in {district}
  {when}, sending a column of smoke across the city.
more: The fire service said {engines} engines and an aerial ladder platform were sent to the scene.
  Nobody was reported injured.
more: Police closed several roads in the area and residents were advised to keep windows and doors
  shut.
quote fire: Crews worked in very difficult conditions to stop the fire spreading to neighbouring
  buildings. We will be at the scene for some time.
quote witness: There was a bang and then black smoke everywhere. Within ten minutes the whole roof
  was alight.
quote owner: We are grateful that nobody was hurt. We will co-operate fully with the investigation.
context: The building had been empty for several years and was due to be converted into flats.
context: An investigation into the cause of the fire will begin once the site is safe.
number: It is the [third|fourth] large fire in an empty building in the city this year.
next: The fire service said the cause was not yet known. Anyone with information has been asked to
  contact police.
caption skyline: Smoke rises over {district} {photo_when}.
caption street: Fire engines at the scene in {district}.

== format bikes 2
max: 2
tags: Crime | Transport | Northport
scenes: street skyline
range thefts: 900 2100 50
range rise: 18 45 1
range arrests: 11 38 1
cast police: @ | a chief superintendent with Northport police
cast cyclist: @ | who has had two bicycles stolen in a year
cast commissioner: Ambrose Kettering | the city's transport commissioner
place: Northport
h: Bicycle thefts in Northport rise by {rise}% as police launch crackdown
h: Police target bike thieves after sharp rise in thefts in Northport
s: Officers will use tracked decoy bicycles and patrol stations at night.
lede: Police in Northport have launched a crackdown on bicycle theft after figures showed thefts
  rose by {rise}% last year, to about {thefts}.
more: Officers will leave decoy bicycles fitted with trackers at railway stations and in the city
  centre, and plain-clothes patrols will target known hotspots.
quote police: Some people think bike theft is a minor crime. It is not, for someone who relies on a
  bike to get to work.
quote cyclist: I lock it properly, I park it somewhere busy, and it still goes. I have started
  taking the front wheel into the office.
quote commissioner: We want more people cycling, and that means people need to be confident their
  bike will still be there when they come back.
context: The number of people cycling to work in Northport has doubled in five years, helped by new
  protected lanes.
number: A pilot scheme in Eastfield led to {arrests} arrests in six weeks.
next: The city will also install 1,200 secure bicycle stands over the next year.
caption street: Bicycles locked to railings near Northport central station.
caption skyline: Northport city centre.

== format bridge 2
max: 2
tags: Transport | City hall | Northport
scenes: harbour street
pick district: districts
range years: 2 4 1
range cost: 14 38 1
range year: 1868 1912 1
cast engineer: @ | the engineer who led the restoration
cast councillor: @ | the council's cabinet member for infrastructure
cast resident: @ | who has crossed the bridge every day for 40 years
place: Northport
h: Restored {year} swing bridge in {district} reopens after {years}-year repair
h: Northport's [old swing bridge|iron swing bridge] reopens to walkers and cyclists
s: The {cost} million crown restoration has kept the bridge's original ironwork and gears.
lede: A swing bridge built in {year} across the canal in {district} has reopened to pedestrians and
  cyclists after a {years}-year restoration costing {cost} million crowns.
more: Engineers dismantled the bridge piece by piece, repaired its wrought-iron frame and restored
  the hand-turned gears that allow it to open for boats.
quote engineer: We kept every piece we could. Some of these rivets were driven by hand more than a
  century ago, and they will be there for another century.
quote councillor: There was a serious proposal to replace this with a concrete footbridge. I am
  very glad we did not.
quote resident: It looks exactly as it did when I was a boy, only better.
context: The bridge was closed after an inspection found severe corrosion in its main girders.
number: About 6,000 people a day crossed the bridge before it closed.
next: The bridge will be opened for boats on summer weekends.
caption harbour: The restored swing bridge in {district}.
caption street: Cyclists cross the bridge on its first day back in use.

== format heatwave 2
max: 1
tags: Weather | Health | Climate
scenes: skyline fields
range temp: 33 38 1
range days: 3 6 1
cast forecaster: @ | a senior forecaster at the national weather service
cast doctor: @ | a public health consultant
cast official: @ | the head of the city's emergency planning team
place: Northport
h: Heat warning issued as temperatures set to reach {temp}C
h: {days}-day hot spell prompts health warning for older people
s: The weather service says temperatures could reach {temp}C, with little relief overnight.
lede: The national weather service has issued a heat warning for the coast and the south of the
  country, with temperatures expected to reach {temp}C over the next {days} days.
more: Forecasters said nights would stay unusually warm, which doctors say is the greatest danger
  for older people and those with heart and lung conditions.
quote forecaster: It is the nights that worry us. If homes do not cool down after dark, people do
  not get any relief.
quote doctor: Check on elderly neighbours, keep curtains closed during the day and drink plenty of
  water. Simple steps save lives.
quote official: We are opening cool rooms in libraries and community centres across the city.
context: Heatwaves have become longer and more frequent in the past two decades, according to the
  weather service.
number: The record temperature for Northport is 39.2C.
next: The warning will be reviewed in two days.
caption skyline: The city in a summer haze.
caption fields: Parched fields outside the city.

== format smuggling 2
max: 4
tags: Crime | Courts | Northport
scenes: harbour assembly
range kilos: 80 640 20
range value: 12 90 2
range age: 26 58 1
cast officer: @ | the head of investigations at the customs service
cast judge: @ | the judge
cast defendant: @ | a haulage company manager
place: Northport
h: Customs officers find {kilos}kg of cocaine hidden in banana shipment
h: Lorry firm manager jailed over {kilos}kg drugs haul at Northport docks
s: The drugs, worth an estimated {value} million crowns, were found in a container from abroad.
lede: Customs officers at Northport have found {kilos}kg of cocaine hidden in a shipment of
  bananas, one of the largest seizures at the port [this year|in recent years].
more: The drugs, with an estimated street value of {value} million crowns, were concealed in boxes
  at the back of a refrigerated container. A {age}-year-old man, {defendant}, has been charged.
quote officer: Criminal gangs see ports as a gateway. Our officers are determined to close it.
quote judge: You were a trusted link in a chain that brings misery to communities across this
  country.
context: Northport's container terminal is one of the main routes by which drugs enter the country,
  according to the customs service.
number: Customs officers inspect only a small fraction of the containers that pass through the
  port, relying on intelligence to choose which to open.
next: {defendant_s} is due to appear in court next month.
caption harbour: Refrigerated containers at the Northport terminal.
caption assembly: The crown court in Northport.

== format parking 2
max: 2
tags: City hall | Transport | Northport
scenes: street assembly
range charge: 3 6 1
range spaces: 900 3000 100
cast commissioner: Ambrose Kettering | the city's transport commissioner
cast councillor: @ | who leads the opposition group on the city council
cast trader: @ | who runs a hardware shop in {district}
pick district: districts
place: Northport
h: Northport to raise city-centre parking charges to {charge} crowns an hour
h: Parking charges in Northport to rise as council seeks to cut traffic
s: The money raised will be spent on buses and cycle lanes, the city says.
lede: Parking in central Northport will cost up to {charge} crowns an hour from next month, after
  the city council approved higher charges in an attempt to cut traffic and raise money for public
  transport.
more: The increase applies to about {spaces} on-street spaces and to the city's car parks.
  Residents' permits will not change.
quote commissioner: Every crown raised will go into buses, trams and safer streets. We want people
  to have a real choice about how they travel.
quote councillor: This is a tax on people who have no other way to get into town, dressed up as an
  environmental policy.
quote trader: My customers come by car because they are carrying things home. I worry some of them
  will go to the retail park instead.
context: Traffic in central Northport has returned to above pre-pandemic levels, according to city
  figures.
number: The city expects to raise about 9 million crowns a year from the higher charges.
next: The charges will be reviewed after a year.
caption street: A street in {district}, Northport.
caption assembly: Northport City Hall, where the charges were approved.

== format watermain 2
max: 2
tags: Northport | Transport
scenes: flood street
pick district: districts
range homes: 2000 9000 500
range hours: 6 30 1
cast company: @ | the operations director of Northport Water
cast resident: @ | who lives near the burst
cast councillor: @ | a local councillor in {district}
place: Northport
h: Burst water main floods streets and cuts supply to homes in {district}
h: Thousands without water after main bursts in {district}
s: About {homes} homes were affected, and bottled water was handed out at a leisure centre.
lede: About {homes} homes in {district} were left without water {when} after a large water main
  burst, flooding several streets and closing a main road.
more: Water rose above the kerbs within minutes, and several cars had to be abandoned. Supplies
  were restored to most homes after about {hours} hours.
quote company: We are sorry for the disruption. Our engineers worked through the night to repair
  the main and restore supplies.
quote resident: It looked like a river coming down the street. The children thought it was
  brilliant until they realised there was no water for a bath.
quote councillor: This is the third burst in this area in two years. The pipes are more than a
  century old and they need replacing.
context: Northport Water has been criticised for the rate at which it loses water through leaks.
number: The company says it is replacing about 60km of old mains a year.
next: The road is expected to reopen later this week.
caption flood: Water floods a street in {district} {photo_when}.
caption street: Repairs under way in {district}.

== format park 2
max: 2
tags: Environment | Northport | City hall
scenes: fields skyline
pick district: districts
range hectares: 4 18 1
range trees: 600 2400 100
cast councillor: @ | the council's cabinet member for the environment
cast volunteer: @ | who helped plant the trees
cast designer: @ | the landscape architect who designed the park
place: Northport
h: Former car park in {district} reopens as city's newest park
h: {district} gets {hectares}-hectare park with {trees} new trees
s: The park includes a wetland, a playground and a community garden.
lede: A former car park in {district} has reopened as a {hectares}-hectare public park, with
  {trees} newly planted trees, a small wetland and a community garden.
more: The wetland is designed to soak up rainwater during storms, reducing the risk of flooding in
  surrounding streets.
quote councillor: This was tarmac two years ago. Now it is a place where children can play and
  where rain can soak into the ground.
quote volunteer: I planted about forty of these trees myself. I will be bringing my grandchildren
  to see them grow.
quote designer: We wanted a park that works hard: for people, for wildlife and for the drains.
context: The city has pledged to plant 100,000 trees by the end of the decade.
number: The project cost about 6 million crowns.
next: A second phase, including a cafe, is planned for next year.
caption fields: The new park in {district}.
caption skyline: The park, with the city centre beyond.

== format rents 2
max: 2
tags: Housing | Economy | Northport
scenes: skyline street
range rent: 1400 1900 50
range rise: 7 13 1
cast tenant: @ | who rents a two-bedroom flat in {district}
cast landlord: @ | of the Northport Landlords' Association
cast campaigner: @ | of the tenants' union Fair Rent Northport
pick district: districts
place: Northport
h: Average rent in Northport rises {rise}% to {rent} crowns a month
h: Renters in Northport face {rise}% rise as demand outstrips supply
s: Tenants' groups call for limits on increases, while landlords blame higher mortgage costs.
lede: The average rent for a home in Northport has risen by {rise}% in a year to {rent} crowns a
  month, according to figures from the city's housing department.
more: The increase is more than twice the rate of wage growth, and rents in parts of the city
  centre and {district} rose faster still.
quote tenant: Every year the letter comes and every year it is more. We have cut back on everything
  else.
quote landlord: Landlords' costs have gone up too, especially mortgages. Many smaller landlords are
  selling up.
quote campaigner: Rents are rising faster than wages year after year. Without limits on increases,
  people will be forced out of the city they grew up in.
context: About a third of households in Northport rent from a private landlord.
number: The number of homes available to rent has fallen by about a fifth in two years.
next: The city council will debate a proposal for a register of landlords next month.
caption skyline: Flats in Northport.
caption street: A residential street in {district}.
"""
