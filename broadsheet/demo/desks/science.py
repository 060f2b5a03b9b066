"""Science desk: running storylines and one-off story formats in the demo markup."""

PROBE = """
key: lantern-probe
tags: Space | Research | Technology
days: 25 1
authors: joss-amberley
place: Astermere
cast scientist: Yusuf Harrington-Bell | the mission's lead scientist
cast director: Marisol Quint | the director of the Carvenian Space Agency
cast engineer: Petra Lindqvist-Obi | the flight engineer in charge of the landing
cast astronomer: Cosmo Ferrante | an astronomer at the Kestrel Ridge Observatory
range distance: 180 260 10
val years: six | seven
range cost: 410 560 10
range grams: 40 90 5
val width: 1.8 | 2.3 | 2.7
context: Lantern was launched {years} years ago and has travelled about {distance} million
  kilometres to reach the asteroid Verhaven, a rocky body about {width}km across.
context: The mission, which has cost {cost} million crowns, is the Carvenian Space Agency's most
  ambitious so far and its first attempt to touch the surface of another body.
context: Asteroids like Verhaven are thought to be leftovers from the formation of the solar
  system, and may preserve material that has barely changed in four and a half billion years.
quote astronomer: Every sample from an asteroid is a letter from the early solar system. We have
  very few of them, so each one matters.
quote director: This is a small agency doing something that only the largest agencies have done
  before. I could not be prouder of the team.
number: Signals from the spacecraft take about 14 minutes to reach Earth, so every manoeuvre has to
  be planned and uploaded in advance.
number: The probe aims to bring back at least {grams} grams of material.
facts: The Lantern mission
fact: Launched {years} years ago from the Sollis range
fact: Target: asteroid Verhaven, about {width}km across
fact: Distance travelled: about {distance} million km
fact: Cost: {cost} million crowns
fact: Aim: to return at least {grams}g of rock to Earth
caption space: An artist's impression of the Lantern probe approaching the asteroid Verhaven.
caption space: The asteroid Verhaven, as imagined from the Lantern spacecraft.
caption laboratory: Engineers at the mission control centre in Astermere.
== beat science space 3
h: Lantern probe sends first close-up images of asteroid Verhaven
h: Carvenian probe reaches asteroid after {years}-year journey
s: The spacecraft has entered orbit around the asteroid and begun mapping its surface.
lede: The Carvenian Space Agency's Lantern probe has sent back its first close-up images of the
  asteroid Verhaven, after a journey of {years} years and about {distance} million kilometres.
more: The pictures show a surface strewn with boulders, some larger than a house, and a smoother
  plain near the asteroid's equator that scientists hope to land on.
quote scientist: It is rougher than we expected, which is exciting and a little worrying. We have
  work to do to find a safe place to touch down.
next: The team will spend several weeks mapping the surface before choosing a landing site.
== beat science laboratory 3
h: Scientists choose landing site for Lantern probe on asteroid Verhaven
h: Lantern team picks smooth plain for risky asteroid touchdown
s: The site, nicknamed the Meadow, is one of the few areas free of large boulders.
lede: Scientists have chosen a landing site for the Lantern probe on the asteroid Verhaven, a
  smooth plain near the equator that the team has nicknamed the Meadow.
more: The area is about 40 metres across, barely larger than the margin of error in the
  spacecraft's navigation.
quote engineer: Forty metres sounds like a lot until you are steering from 200 million kilometres
  away with a 14-minute delay.
next: The touchdown is planned for later this month.
== beat science space 5
h: Lantern probe touches down on asteroid and collects sample
h: Carvenian spacecraft grabs rock from asteroid Verhaven
s: Mission control erupts in applause as data confirm the spacecraft fired its sampling device.
lede: The Lantern probe has briefly touched down on the asteroid Verhaven and collected a sample of
  rock, the Carvenian Space Agency said {when}, in what it called the most important moment in its
  history.
more: The spacecraft touched the surface for about six seconds, firing a small pellet to kick up
  dust and gravel into a collection chamber, before backing away.
quote engineer: When the data came in there was a second of silence, and then everybody was
  shouting. I think I hugged people I have never met.
quote director: We will not know how much we have collected until the images are analysed, but
  every sign is good.
next: The probe is due to leave Verhaven next year and return to Earth three years later.
== beat science space 3
h: Lantern's asteroid sample larger than hoped, mission team says
h: Asteroid sample could be twice the target, say Lantern scientists
s: Images of the collection chamber suggest the probe gathered well over its target of {grams}
  grams.
lede: The Lantern probe appears to have collected far more material from the asteroid Verhaven than
  its target of {grams} grams, according to images of its collection chamber released {when}.
more: Some of the fragments appear dark and crumbly, which scientists say could indicate
  carbon-rich material.
quote scientist: We are looking at a chamber full of gravel. For a planetary scientist, that is
  about as good as it gets.
next: The capsule is due to land in the Sollis desert in about four years.
"""

FLOOD = """
key: flood
tags: Flooding | Weather | Climate
days: 12 0
authors: joss-amberley marguerite-dunmore
place: Lindmere
cast mayor: Beatrix Hollowell | the mayor of Lindmere
cast fire: Malachy Dunne | the region's chief fire officer
cast expert: Tamsin Rowe-Iverson | a hydrologist at the University of Northport
cast resident: Edwin Slate | who has lived on Mill Lane for four decades
cast minister: Hester Quarrie | the environment minister
cast farmer: Agnes Thorburn | who farms 200 hectares on the Vell floodplain
range rain: 110 160 5
range homes: 600 1100 50
range evacuated: 1800 3200 100
val level: 4.2 | 4.6 | 4.9
val record: 3.9 | 4.1
range fund: 40 90 5
range hectares: 6000 11000 500
range defence_cost: 120 190 10
context: The River Vell rises in the hills north of Lindmere and runs through the town centre
  before reaching the sea at Northport. Its floodplain has been built on heavily since the 1960s.
context: A flood defence scheme for Lindmere was approved six years ago at a cost of {defence_cost}
  million crowns but has been repeatedly delayed, with only the first phase completed.
context: Scientists say heavier downpours are becoming more frequent as the climate warms, because
  a warmer atmosphere holds more moisture.
quote expert: The river did what rivers do when this much rain falls in this little time. The
  question is how much of that rain we should now be planning for.
quote resident: I have seen the river come up before, but never like this. It came through the
  front door in about ten minutes.
number: Up to {rain}mm of rain fell on the hills above Lindmere in 36 hours, more than twice the
  usual amount for the whole month.
number: The river peaked at {level} metres at the town bridge, above the previous record of
  {record} metres.
facts: The Lindmere floods
fact: {rain}mm of rain in 36 hours on the hills above the town
fact: River Vell peaked at {level} metres, a record
fact: About {homes} homes flooded and {evacuated} people evacuated
fact: {hectares} hectares of farmland under water
fact: Recovery fund: {fund} million crowns
caption flood: Flood water surrounds houses on Mill Lane in Lindmere {photo_when}.
caption flood: The River Vell bursts its banks in the centre of Lindmere.
caption flood: Homes and gardens under water after the River Vell burst its banks.
caption fields: Farmland on the Vell floodplain remains under water.
caption crowd: Volunteers fill sandbags at a depot in Lindmere.
analysis-h: Lindmere's floods show the cost of building on the floodplain
analysis-h: Why Lindmere was always going to flood, and what comes next
analysis-s: Decades of building on low land, a delayed defence scheme and heavier rain made the
  town vulnerable.
analysis: Look at a map of Lindmere from 1950 and the River Vell has room to spread out. Look at
  one today and the fields beside it are car parks, estates and a retail park.
analysis: None of those decisions was unreasonable on its own. Together, they mean that when the
  river rises there is nowhere for the water to go except into homes.
analysis: Engineers say walls are only part of the answer. Upstream, land can be allowed to flood
  on purpose, slowing the water before it reaches the town.
== beat news flood 5
h: Hundreds evacuated as River Vell bursts its banks in Lindmere
h: Lindmere floods after record rain sends River Vell over its banks
s: Emergency crews use boats to rescue residents as the river reaches its highest level on record.
lede: Hundreds of people were evacuated from their homes in Lindmere {when} after the River Vell
  burst its banks following [a day and a half|36 hours] of torrential rain.
more: Firefighters used boats to reach residents trapped in houses on Mill Lane and around the
  market square, and a leisure centre was opened as an emergency shelter.
quote fire: Our crews have worked through the night. My message to people is simple: do not walk or
  drive through flood water, however shallow it looks.
quote mayor: The town has been through a frightening night. I want to thank every firefighter,
  volunteer and neighbour who has helped.
next: More rain is forecast for the weekend, and the weather service has kept its severe warning in
  place.
== beat news flood 4
h: Lindmere counts the cost as flood water begins to fall
h: 'Everything downstairs is gone': Lindmere residents return home
s: About {homes} homes were flooded, and residents face months of drying out.
lede: Residents of Lindmere began returning to their homes {when} as the River Vell fell back,
  revealing the scale of the damage to about {homes} properties.
more: Skips lined the streets around the market square as families carried out carpets, furniture
  and ruined appliances. Insurers have sent assessors to the town.
quote resident: Everything downstairs is gone. The photographs were the worst. You cannot replace
  those.
next: The council has opened a help centre in the town library.
== beat science chart 3
authors: joss-amberley
h: Climate change made Lindmere downpour more likely, scientists say
h: Warming made the rain that flooded Lindmere heavier, study finds
s: A rapid analysis finds that rainfall of this intensity is now about twice as likely as it was a
  century ago.
lede: The downpour that flooded Lindmere was made [significantly|considerably] more likely by
  climate change, according to a rapid analysis by scientists at the University of Northport and
  the national weather service.
more: The researchers compared the rainfall with simulations of a world without human-caused
  warming, and found that such a storm is now about twice as likely and roughly 10% more intense.
quote expert: We are not saying this storm could not have happened before. We are saying the dice
  are loaded, and they are becoming more loaded every year.
next: The full study will be submitted to a scientific journal for review.
== beat news fields 3
h: Farmers on Vell floodplain face ruined harvest after floods
h: Flood leaves {hectares} hectares of farmland under water near Lindmere
s: Growers say they have lost winter crops and fear the land will not drain for weeks.
lede: Farmers on the River Vell floodplain say they have lost winter crops across about {hectares}
  hectares, with fields around Lindmere still under water days after the river peaked.
more: Potato and cereal growers have been worst affected. Several said they would be unable to
  plant again until the spring.
quote farmer: You can plan for a bad year. You cannot plan for a lake where your wheat was.
next: The farmers' union has asked the government to extend the recovery fund to agricultural land.
== beat news assembly 4
place: Astermere
authors: marguerite-dunmore
h: Government announces {fund} million crown fund for Lindmere flood recovery
h: Minister promises to speed up Lindmere flood defences after visit
s: The environment minister says the second phase of the town's flood defences will be brought
  forward.
lede: The government has announced a {fund} million crown fund to help Lindmere recover from the
  floods, and promised to bring forward the long-delayed second phase of the town's flood defences.
more: The environment minister, Hester Quarrie, made the announcement after touring the town, where
  she was heckled by residents angry at the delays.
quote minister: I understand the anger I heard today, and I share it. These defences should have
  been finished, and we will get them finished.
quote mayor: We welcome the money. What we need now is spades in the ground, not another
  consultation.
next: Work on the second phase is now due to begin next spring.
"""

STORYLINES = (PROBE, FLOOD)

FORMATS = """
== format study 2
tags: Medicine | Research | Health
scenes: laboratory chart
agency: yes
max: 5
pick uni: universities
range people: 4000 42000 1000
range risk: 12 34 1
range years: 6 14 1
val habit: walking for 30 minutes a day | eating a Mediterranean-style diet | getting seven hours
  of sleep | playing a musical instrument | taking part in a choir
val outcome: heart disease | dementia | type 2 diabetes | depression
cast author: @ | the study's lead author, from {uni}
cast expert: @ | a professor of epidemiology who was not involved in the research
place: Northport
h: {habit}, study suggests, may cut risk of {outcome}
h: Study of {people} adults links {habit} to lower {outcome} risk
s: Researchers followed {people} people for {years} years, but say the findings show an
  association, not proof.
lede: People who report {habit} are about {risk}% less likely to develop {outcome}, according to a
  study that followed {people} adults for {years} years.
more: The researchers, from {uni}, adjusted for age, income, smoking and other factors, but say the
  study cannot prove that the habit itself caused the difference.
quote author: We see a consistent association even after accounting for many other factors. It is
  encouraging, but it is not the last word.
quote expert: Studies like this are useful, but people who do one healthy thing tend to do others.
  Untangling cause and effect is hard.
context: The study was published in the Carvenian Journal of Medicine.
number: Participants were aged between 40 and 75 when the study began.
next: The team now plans a randomised trial.
caption laboratory: Researchers at {uni}.
caption chart: The study followed {people} adults.

== format wildlife 2
tags: Wildlife | Environment
scenes: fields harbour
agency: yes
max: 5
pick town: towns
val animal: beavers | otters | white-tailed eagles | grey seals | pine martens | cranes
range count: 12 90 2
range years: 40 120 5
cast ranger: @ | a ranger with the National Parks Service
cast scientist: @ | an ecologist at the Carvenian Wildlife Trust
cast farmer: @ | a farmer near {town}
place: {town}
h: {animal} return to the hills near {town} after {years} years
h: Rare {animal} spotted near {town} for first time in {years} years
s: Conservationists say the return is a sign that the river and woodland are recovering.
lede: {animal} have been recorded near {town} for the first time in about {years} years, in what
  conservationists say is a sign that the area's rivers and woodland are recovering.
more: A survey by the Carvenian Wildlife Trust found evidence of at least {count} animals,
  including [footprints, droppings and camera-trap footage|nests and camera-trap footage].
quote scientist: This is a real success story. Clean water and connected woodland make a
  difference, and this is the proof.
quote ranger: People have been sending us photographs all summer. The excitement has been
  wonderful.
quote farmer: I am glad to see them back. I would like to know that someone will help if they cause
  problems.
context: Many species declined sharply in the last century because of hunting, pollution and the
  loss of habitat.
number: The trust says that about a third of the country's native species are in decline.
next: The trust will continue monitoring over the winter.
caption fields: Woodland and farmland near {town}.
caption harbour: The estuary near {town}.

== format tech 2
tags: Technology | Security
scenes: laboratory chart
agency: yes
max: 4
pick company: companies
range accounts: 120000 900000 10000
cast spokesman: @ | a spokesperson for {company}
cast expert: @ | a cybersecurity researcher at {uni}
cast regulator: @ | the data protection commissioner
pick uni: universities
place: {company_town}
h: {company} says hackers stole data of {accounts} customers
h: Cyber-attack on {company} exposes customers' personal details
s: Names, addresses and phone numbers were taken, but the company says no payment details were
  accessed.
lede: {company} has said that hackers gained access to the personal details of about {accounts}
  customers, including names, addresses and phone numbers, in a cyber-attack discovered last week.
more: The company said no passwords or payment details had been taken, and that it had informed the
  data protection commissioner and the police.
quote spokesman: We are deeply sorry. We have secured our systems and are contacting every customer
  who has been affected.
quote expert: Attacks like this usually start with a single stolen password. The basics of security
  still matter most.
quote regulator: We will be looking closely at whether the company had adequate protections in
  place.
context: Cyber-attacks on Carvenian companies have risen sharply in the past three years.
number: Companies can be fined up to 4% of their global revenue for serious breaches of data rules.
next: Customers have been advised to be alert to suspicious emails and phone calls.
caption laboratory: Computer servers at a data centre.
caption chart: Reported cyber-attacks have risen sharply.

== format climate 2
tags: Climate | Environment | Research
scenes: chart fields
agency: yes
max: 3
val rise: 1.3 | 1.4 | 1.5
range loss: 8 22 1
cast scientist: @ | a climate scientist at the national weather service
cast minister: Hester Quarrie | the environment minister
cast campaigner: @ | of the campaign group Clear Air Carvenia
place: Astermere
h: Last year was the warmest on record in Carvenia, weather service says
h: Carvenia's temperature now {rise}C above pre-industrial level, report finds
s: The annual climate report finds heavier rainfall, longer summers and shrinking glaciers.
lede: Last year was the warmest on record in Carvenia, according to the national weather service's
  annual climate report, with temperatures about {rise}C above the pre-industrial average.
more: The report also found that heavy rainfall events have become more common, and that the
  country's last glaciers lost about {loss}% of their volume in a decade.
quote scientist: The trends are clear and they are accelerating. This is not a forecast any more,
  it is a measurement.
quote minister: The report is sobering. It is why we are investing in flood defences and clean
  energy.
quote campaigner: Every year the report gets worse, and every year the government says it is
  sobering. We need action, not adjectives.
context: Carvenia has committed to reach net zero emissions by 2045.
number: Eight of the ten warmest years on record have occurred in the past decade.
next: The report will be debated in the National Assembly next month.
caption chart: Average temperatures in Carvenia have risen steadily.
caption fields: Dry fields after a summer with little rain.

== format telescope 2
tags: Space | Research
scenes: space laboratory
agency: yes
max: 3
range distance: 90 640 10
val object: a planet | a young star | a pair of colliding galaxies | a comet
cast astronomer: @ | an astronomer at the Kestrel Ridge Observatory
cast expert: @ | a planetary scientist at {uni}
pick uni: universities
place: Kestrel Bay
h: Astronomers at Kestrel Ridge spot {object} {distance} light years away
h: Kestrel Ridge telescope captures rare images of {object}
s: The observation was made with the observatory's new infrared camera.
lede: Astronomers at the Kestrel Ridge Observatory have captured detailed images of {object} about
  {distance} light years from Earth, using a new infrared camera installed last year.
more: The observations, published in a scientific journal {when}, reveal [clouds of dust and gas|a
  ring of debris|unexpected structure] that the team says could help explain how such objects form.
quote astronomer: When we saw the first image, we did not believe it. We spent a week checking it
  was not a fault in the camera.
quote expert: This is a lovely result from a relatively small telescope. It shows what good
  instruments and clever observing can do.
context: The Kestrel Ridge Observatory, on the hills above Kestrel Bay, is the largest optical
  telescope in Carvenia.
number: The new camera cost about 14 million crowns.
next: The team has applied for more observing time later this year.
caption space: An artist's impression of {object}.
caption laboratory: The control room at the Kestrel Ridge Observatory.

== format battery 2
tags: Energy | Technology | Research
scenes: laboratory chart
max: 3
pick uni: universities
range range_km: 600 900 10
range minutes: 8 15 1
cast lead: @ | who led the research at {uni}
cast expert: @ | an energy storage specialist
place: Northport
h: Scientists at {uni} develop battery that charges in {minutes} minutes
h: New battery could give electric cars a range of {range_km}km
s: The researchers say the design uses cheaper materials, but it is years from the road.
lede: Researchers at {uni} say they have developed a battery that can be charged in {minutes}
  minutes and could give an electric car a range of about {range_km}km.
more: The design replaces some of the expensive metals used in current batteries with cheaper and
  more widely available materials.
quote lead: In the laboratory it works very well. The challenge now is to make it work at scale and
  at a price people can afford.
quote expert: There have been many announcements like this over the years. This one looks
  promising, but the real test is manufacturing.
context: Electric cars made up about a quarter of new car sales in Carvenia last year.
number: The battery kept about 90% of its capacity after 1,000 charging cycles.
next: The team is working with Lumen Cell, a battery company in Eastfield, on a prototype.
caption laboratory: The battery laboratory at {uni}.
caption chart: Battery costs have fallen sharply over the past decade.

== format dig 2
tags: Research | Museums
scenes: fields laboratory
max: 3
pick town: towns
range age: 1400 3200 100
range objects: 40 300 10
cast archaeologist: @ | who led the excavation
cast curator: @ | a curator at the Harbour Museum of Art
place: {town}
h: Archaeologists uncover {age}-year-old settlement near {town}
h: Excavation before housing scheme near {town} reveals ancient settlement
s: The find, made before building work, includes jewellery, tools and the remains of houses.
lede: Archaeologists have uncovered the remains of a settlement about {age} years old near {town},
  during an excavation carried out before the construction of new homes.
more: The team found the outlines of at least [six|nine|eleven] houses and more than {objects}
  objects, including bronze jewellery, pottery and tools.
quote archaeologist: We expected a few fragments. We found a village. It is the find of a career.
quote curator: Objects like these tell us how ordinary people lived. That is rarer and more
  precious than treasure.
context: Developers are required to fund archaeological surveys before building on sites of
  possible historical interest.
number: Radiocarbon dating of charcoal from a hearth suggests the site was occupied for about two
  centuries.
next: Some of the finds will go on display next year.
caption fields: The excavation site near {town}.
caption laboratory: Finds from the excavation being cleaned.
"""
