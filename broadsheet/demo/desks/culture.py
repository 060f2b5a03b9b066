"""Arts desk: running storylines and one-off story formats in the demo markup."""

MUSEUM = """
key: museum
tags: Museums | Art | Northport
days: 27 2
authors: ingrid-solvang
place: Northport
cast director: Anneliese Marchbank | the director of the Harbour Museum of Art
cast architect: Tomasz Velling | the architect who led the renovation
cast curator: Ines Calloway | the museum's senior curator
cast mayor: Cordelia Fairweather | the mayor of Northport
cast visitor: Hanne Oduya | a retired teacher who was first in the queue
range cost: 68 94 2
range works: 900 1400 50
val years: four | five
range visitors: 12000 19000 500
range gallery: 18 26 1
context: The Harbour Museum of Art occupies a former customs house on the quay. It closed {years}
  years ago after inspectors found damp and failing wiring in the 19th-century building.
context: The renovation has cost {cost} million crowns, paid for by the city, a national heritage
  fund and private donors, and has added a glass extension facing the water.
context: The museum's collection of about {works} works is strongest in coastal painting, maritime
  models and prints, much of it given by the city's merchant families.
quote curator: We have been able to show things that have been in storage for decades. Some of them
  have never been seen by the public.
quote architect: The old building was beautiful but it turned its back on the harbour. We wanted to
  open it up to the light and to the water.
number: The museum now has {gallery} galleries, against 14 before it closed, and expects about
  300,000 visitors a year.
number: More than {visitors} free tickets for the opening weekend were claimed online.
facts: The Harbour Museum of Art
fact: Housed in the former customs house on the quay since 1931
fact: Closed for renovation {years} years ago
fact: Cost of the work: {cost} million crowns
fact: {gallery} galleries and about {works} works in the collection
fact: Entry to the permanent collection remains free
caption gallery: Visitors in one of the new galleries at the Harbour Museum of Art.
caption gallery: The museum's coastal painting collection, rehung after the renovation.
caption harbour: The former customs house on the quay, home of the Harbour Museum of Art.
caption crowd: Visitors queue for the reopening of the Harbour Museum of Art {photo_when}.
== beat culture gallery 3
h: Harbour Museum of Art sets reopening date after {years}-year renovation
h: Northport's Harbour Museum to reopen with coastal painting show
s: The museum in the old customs house will reopen with an exhibition of coastal painting, Salt and
  Light.
lede: The Harbour Museum of Art in Northport will reopen to the public later this month after a
  {years}-year renovation, its director has announced, with an exhibition drawn almost entirely
  from its own collection.
more: The opening show, Salt and Light, brings together more than 200 paintings of the Carvenian
  coast, many of which have not been on display for a generation.
quote director: We wanted the first thing people see to be their own city and their own coast. This
  collection belongs to Northport.
next: Entry to the permanent collection will remain free, the museum said.
== beat culture gallery 3
h: Inside the new Harbour Museum: light, glass and a view of the water
h: First look at the renovated Harbour Museum of Art in Northport
s: The architect Tomasz Velling explains how a dark customs house became a gallery that faces the
  harbour.
lede: For most of its life the old customs house on Northport's quay kept the harbour at arm's
  length. After a renovation costing {cost} million crowns, the Harbour Museum of Art now looks
  straight at it.
more: A glass extension on the water side houses a cafe and a double-height gallery for large
  works, while the original rooms have been stripped back to their brick vaults.
quote architect: Every decision came back to the same question: can you feel that you are standing
  next to the sea?
next: The building will be open for previews to members of the museum's friends association next
  week.
== beat culture crowd 4
h: Thousands queue as Harbour Museum of Art reopens in Northport
h: Queues along the quay as Northport's Harbour Museum reopens
s: The museum welcomed more than {visitors} visitors on its first weekend.
lede: Thousands of people queued along Northport's quay {when} as the Harbour Museum of Art
  reopened after {years} years, with the first visitors arriving before dawn.
more: The mayor cut a ribbon at 10am, and the museum said it had admitted more than {visitors}
  people by the end of the weekend.
quote visitor: I used to bring my classes here. I wanted to be the first one back through the door,
  and I was.
quote mayor: This is a good day for Northport. The museum is a place that belongs to everyone in
  this city, and now it is open again.
next: The museum will open late on Thursdays until the end of the year.
== beat culture gallery 3
h: Salt and Light review: a triumphant return for Northport's museum
h: Salt and Light at the Harbour Museum: the coast as you have never seen it
s: The opening exhibition is a generous, surprising tour through two centuries of painting the sea.
lede: Salt and Light, the exhibition that reopens the Harbour Museum of Art, could have been a
  dutiful parade of the collection's greatest hits. Instead it is a restless, [surprising|generous]
  show that makes the familiar coast look strange again.
more: The curators have hung the rooms by weather rather than by date, so a storm painted in the
  1840s sits beside one from the 1970s, and the effect is startling.
more: The final room, given over to small oil sketches made on the beach, is the quietest and the
  best.
quote curator: We wanted people to feel the wind in the room before they read a single label.
next: Salt and Light runs until the spring. Admission to the exhibition is free for under-18s.
"""

STORYLINES = (MUSEUM,)

FORMATS = """
== format film 2
tags: Film | Reviews
scenes: stage skyline
max: 6
pick title: titles
pick country: countries
val nth: second | third
val verdict: a quiet triumph | a flawed but fascinating debut | a gripping, unsentimental thriller
  | a warm and funny family drama | an ambitious film that does not quite come together
cast director: @ | the film's director
cast lead: @ | who plays the lead role
place: Northport
h: {title} review: {verdict}
h: {title}, set on the {country_adj} coast, is {verdict}
s: {director}'s {nth} feature follows a family over one long summer.
lede: {title}, the {nth} feature by {director}, is {verdict}: a film about a family that has
  stopped talking to itself, set over one long summer on the {country_adj} coast.
more: {lead} gives a performance of great restraint as the eldest daughter, who returns home after
  ten years away to find her father's boatyard on the edge of bankruptcy.
more: The cinematography is [superb|lovely|striking], all salt-bleached light and long shadows, and
  the score, mostly a single cello, is used sparingly.
quote director: I wanted to make a film about the things families do not say. The sea was the one
  character who would say them for us.
quote lead: I spent a month learning to sail for this role. I still cannot tie a decent knot.
context: The film won the audience award at the Astermere Film Festival [last autumn|this spring].
number: The film runs for [1 hour 52 minutes|2 hours 4 minutes|1 hour 48 minutes].
next: {title} is in cinemas from Friday.
caption stage: A scene from {title}.
caption skyline: The film was shot on location on the {country_adj} coast.

== format book 2
tags: Books | Reviews
scenes: gallery street
max: 6
pick title: titles
val tone: sharp | tender | haunting
val nth: new | second | fourth
cast author: @ | the novelist
place: Northport
h: {title} by {author}: a {tone} novel about [memory|inheritance|a small town]
h: {author}'s {title} review: [a novel to savour|an unforgettable family story|a brave, uneven
  book]
s: {author_s} returns with a {tone} story of two sisters and a house that neither of them can sell.
lede: There is a house at the centre of {author}'s {nth} novel, {title}, and it is the most fully
  realised character in the book: damp, stubborn and full of secrets.
more: Two sisters, estranged for twenty years, inherit it from a mother neither of them understood.
  Over one winter they clear it room by room, and find more than either of them wanted.
more: {author_s} writes with great precision about the small cruelties of family life, and the book
  is often very funny.
quote author: I have always been interested in what we keep and what we throw away. A house is a
  good place to ask that question.
context: {author_s}'s previous novel was shortlisted for the Carvenian Book Prize.
number: The novel runs to [312|288|356] pages.
next: {title} is published by [Harbour Press|Lantern Books|Greyfriars] this week.
caption gallery: {author}, whose new novel is {title}.
caption street: A bookshop in Northport's Old Quay.

== format album 2
tags: Music | Reviews
scenes: stage crowd
max: 5
pick title: titles
val genre: folk | jazz | electronic | indie rock | soul
val nth: third | fourth
cast artist: @ | the singer and songwriter
cast producer: @ | who produced the record
place: Northport
h: {title} review: {artist_s} makes a bold turn to {genre}
h: {artist}'s new album {title} is [a quiet revelation|a confident return|a mixed bag]
s: The Northport musician's {nth} album was recorded in a disused chapel over ten days.
lede: {artist}'s {nth} album, {title}, was recorded in ten days in a disused chapel outside
  Northport, and you can hear the room in every song: the reverb, the creak of the floor, the rain
  on the roof.
more: The songs are sparer than on [the last record|previous albums], built around guitar, voice
  and occasional brass, and the turn towards {genre} suits {artist_s} well.
more: Not everything works. A couple of tracks in the middle drift, but the closing song is the
  best thing {artist_s} has written.
quote artist: I wanted a record that sounded like a place. The chapel gave us that, even if we
  nearly froze.
quote producer: We barely used any effects. Most of what you hear is the building.
context: {artist_s} grew up in Northport and first played in bars on the Old Quay.
number: The album has [nine|ten|eleven] tracks.
next: {artist_s} plays the Northport Concert Hall next month.
caption stage: {artist} performing in Northport.
caption crowd: The audience at a concert in Northport.

== format theatre 2
tags: Theatre | Reviews
scenes: stage crowd
max: 5
pick title: titles
pick venue: venues
val verdict: thrilling | moving | uneven
cast director: @ | the director
cast actor: @ | who plays the lead
place: Northport
h: {title} at {venue}: a {verdict} production of a forgotten play
h: {title} review: {venue} revives a [forgotten|neglected] classic
s: A [forgotten|rarely staged] play about a harbour town in crisis feels remarkably current.
lede: {title} has not been staged in Carvenia for [40|60|70] years, and {venue}'s {verdict} new
  production makes you wonder why.
more: The play follows a harbour town over the course of a single night as a storm approaches and
  old grievances surface. {actor} is magnetic as the harbourmaster who must decide whether to open
  the sea gates.
more: The set, a tilting wooden quay surrounded by real water, is a marvel.
quote director: It is a play about a town arguing with itself while the water rises. It did not
  feel like a museum piece.
quote actor: Every night the water is a little different. It keeps us honest.
context: {venue} reopened last year after a refurbishment.
number: The production runs for [two hours 40 minutes|two hours 20 minutes] with one interval.
next: {title} runs until the end of next month.
caption stage: {actor} in {title} at {venue}.
caption crowd: The audience at {venue}.

== format festival 2
tags: Music | Northport
scenes: crowd stage
max: 2
range acts: 60 140 5
range tickets: 20000 45000 1000
cast director: @ | the festival director
cast artist: @ | one of this year's headliners
place: Northport
h: Harbour Sounds festival announces line-up with {acts} acts
h: Harbour Sounds returns to Northport's quay with biggest line-up yet
s: The three-day festival on the quay expects {tickets} visitors.
lede: Harbour Sounds, Northport's summer music festival, has announced a line-up of {acts} acts for
  this year's event on the quay, its biggest yet.
more: The festival will use three stages, including a new one on a moored barge, and will run for
  three days.
quote director: We wanted a line-up that sounds like the city: a bit of everything, loud and
  welcoming.
quote artist: I went to Harbour Sounds as a teenager. Playing it is a dream.
context: The festival began 15 years ago as a single-day event in Harbour Square.
number: Organisers expect about {tickets} visitors over the weekend.
next: Tickets go on sale on Friday.
caption crowd: The crowd at last year's Harbour Sounds.
caption stage: The main stage on Northport's quay.

== format prize 2
tags: Books | Awards
scenes: gallery stage
max: 3
pick title: titles
range prize: 40 60 5
range entries: 140 260 10
val praise: funny, sad and fearless | tender and unflinching
cast winner: @ | the novelist
cast chair: @ | the chair of the judges
place: Astermere
h: {winner_s} wins Carvenian Book Prize with {title}
h: Debut novel {title} takes Carvenian Book Prize
s: The judges praised a novel that is {praise}.
lede: {winner} has won the Carvenian Book Prize for {title}, a novel the judges called {praise}, at
  a ceremony in Astermere {when}.
more: The prize, worth {prize},000 crowns, was chosen from a shortlist of six books and {entries}
  entries.
quote chair: We argued for hours, as judges should. In the end this was the book none of us could
  stop thinking about.
quote winner: I wrote most of this book at my kitchen table at five in the morning before work. I
  am lost for words, which is not ideal for a writer.
context: Previous winners include several novelists who have gone on to international success.
number: Sales of the winning book usually rise tenfold in the week after the award.
next: The winner will read at the Northport Literary Festival next month.
caption gallery: {winner}, winner of this year's prize.
caption stage: The award ceremony in Astermere.

== format exhibition 2
tags: Art | Reviews | Northport
scenes: gallery crowd
max: 4
pick title: titles
pick venue: venues
cast artist: @ | the painter
cast curator: @ | who curated the show
place: Northport
h: {title} at {venue}: a painter who saw the city differently
h: {artist_s}'s {title} brings [bold colour|quiet light] to {venue}
s: A retrospective of {artist}'s work shows a career spent looking at ordinary streets.
lede: {artist} spent fifty years painting the same few streets of Northport, and {title}, the
  retrospective at {venue}, shows why that was never a limitation.
more: The show brings together more than 80 works, from early sketches of the harbour to large late
  canvases in which the city almost dissolves into colour.
quote curator: People think they know this work from postcards. Seeing it all together, you realise
  how strange and ambitious it is.
quote artist: I never needed to travel. There was always a new light on the same wall.
context: Many of the works are on loan from private collections and have not been shown in public
  before.
number: Admission is [12|15] crowns, and free for under-18s.
next: {title} runs at {venue} until the spring.
caption gallery: Works by {artist} at {venue}.
caption crowd: Visitors at the opening of {title}.

== format orchestra 2
tags: Music | Northport
scenes: stage assembly
max: 2
range players: 60 90 2
range grant: 2 6 1
cast conductor: @ | the principal conductor of the Northport Philharmonic
cast manager: @ | the orchestra's chief executive
cast councillor: @ | the council's cabinet member for culture
place: Northport
h: Northport Philharmonic secures future with {grant} million crown grant
h: Northport orchestra saved from cuts after council steps in
s: The orchestra had warned it could lose a third of its {players} players.
lede: The Northport Philharmonic has secured its future for the next three years after the city
  council agreed a grant of {grant} million crowns, weeks after the orchestra warned it could be
  forced to cut a third of its players.
more: The orchestra, which has {players} musicians and plays about 90 concerts a year, will also
  launch a programme of free concerts in schools.
quote conductor: This orchestra is more than a hundred years old. I am very glad it will not be our
  generation that let it fall silent.
quote manager: We are grateful and relieved. Now we have to show the city that it made the right
  choice.
quote councillor: Culture is not a luxury. It is part of what makes Northport worth living in.
context: Orchestras across the country have struggled with rising costs and falling public funding.
number: About 60,000 people attend the orchestra's concerts each year.
next: The new season will be announced next month.
caption stage: The Northport Philharmonic in concert.
caption assembly: The Northport Concert Hall.
"""

# City Notebook, Bartholomew Sayle's column; see desks/opinion.py for the markup.
COLUMNS = """
== column bartholomew-sayle museum
tags: Museums | Art | Northport
scenes: gallery crowd
caption gallery: A gallery in the Harbour Museum of Art.
h: The Harbour Museum has given Northport's quay back its heart
h: A morning at the reopened Harbour Museum, and what it means for the quay
s: After {years} years behind hoardings, the old customs house is open again, and the quay feels
  different already.
hook: For {years} years I have walked past the hoardings around the old customs house on my way to
  buy bread. Last weekend, for the first time since they went up, I walked in.
thesis: The reopened Harbour Museum of Art is a triumph, and not only because of what is on the
  walls. It has given the quay back something it had lost: a reason to linger.
argue: The new glass extension looks straight out over the water, and on a bright morning the light
  is extraordinary. Families were sitting on the steps outside with coffee. An old man was
  sketching the boats. It felt, briefly, like a different city.
argue: The collection has been rehung with great care. I found paintings I remembered from school
  trips and many I had never seen, brought out of storage after decades.
counter: Some will grumble about the cost, {cost} million crowns, at a time when the city is short
  of money for much else. It is a fair question.
close: But a city is not only a set of services. It is also the places that make people want to
  live in it. On the evidence of last weekend, this is money well spent.

== column bartholomew-sayle crosstown-tram
tags: Transport | Northport | City hall
scenes: street assembly
caption street: Canal Street during the tram works.
h: Canal Street's shopkeepers deserve more than an apology
h: The tram will be wonderful. Canal Street may not survive to see it
s: Small shops are bearing the cost of a project that will benefit the whole city.
hook: The bakery on Canal Street where I have bought my bread for twenty years now has a sign in
  the window asking customers to "please find us behind the barriers". Most days, not many do.
thesis: When the Crosstown tram opens, it will be a fine thing for Northport. But a city should not
  build its future on the backs of a few dozen small businesses that happened to be in the way.
argue: The traders on Canal Street were promised eight months of disruption. They are now well into
  their second year. Takings have fallen by a third. Three shops have closed.
argue: The hardship fund is welcome but late. It should have existed from the first day the
  barriers went up, paid for out of the project's budget as a proper cost of building it.
counter: The city will say, correctly, that major works always cause disruption and that it cannot
  compensate everybody for every inconvenience.
close: But this is not an inconvenience. It is the loss of livelihoods built over decades. When the
  first tram runs down Canal Street, I hope the bakery is still there to see it.

== column bartholomew-sayle flood
tags: Flooding | Weather
scenes: flood crowd
caption crowd: Volunteers fill sandbags in Lindmere.
h: In Lindmere this week, I saw what neighbours are for
h: The flood in Lindmere brought out the best in people
s: Amid the mud and the skips, a town looked after itself.
hook: I drove up to Lindmere on the second day of the floods, with a car full of blankets collected
  by friends in the Old Quay. I expected to find a town in despair. What I found was a town at
  work.
thesis: Disasters reveal what a community is made of, and Lindmere, this week, has been made of
  remarkable people.
argue: In the leisure centre that had become a shelter, volunteers were serving hot food around the
  clock. A teenager had set up a table charging phones. A retired electrician was going from house
  to house checking that it was safe to turn the power back on.
argue: Nobody had organised most of this. People saw what needed doing and did it. One woman told
  me that she had met more of her neighbours in three days than in ten years.
counter: None of this excuses the delays to the town's flood defences, which will rightly be
  examined. Kindness is not a substitute for competent government.
close: But long after the water has gone, I suspect this is what Lindmere will remember: not the
  river, but the people who turned up with buckets and soup.

== column bartholomew-sayle
tags: Books | Education | Northport
scenes: gallery street
caption gallery: A reading room in a Northport library.
h: Libraries are the last rooms in the city where nobody asks you to buy anything
h: Northport's libraries are worth every crown we spend on them
s: They are warm, free and open to anybody. That is rarer than it should be.
hook: On a wet Tuesday afternoon I counted the people in the central library on Greyfriars Street.
  There were sixty-three of them: students, pensioners, a man filling in a job application, two
  children building something elaborate out of cushions.
thesis: Libraries are among the most valuable public spaces a city has, precisely because they ask
  nothing of the people who use them.
argue: Almost everywhere else in the city centre, you are a customer. You must buy a coffee to sit
  down, or a ticket to get in. In the library you can stay all day and spend nothing, and nobody
  will ask you to move on.
argue: For people without a quiet room at home, or without a computer, or without anybody to talk
  to, that matters enormously. Librarians help with forms, with job searches, with loneliness.
counter: There are always people who say that libraries are obsolete now that everybody has a
  phone. They have not visited one recently.
close: Northport has lost three branch libraries in a decade. It should not lose any more. These
  are the city's living rooms, and they belong to all of us.

== column bartholomew-sayle
tags: Transport | Northport | Jobs
scenes: street skyline
caption street: A night bus on Canal Street.
h: A city that works through the night needs a way to get home
h: Northport's night buses carry the people who keep the city running
s: Cleaners, nurses and bar staff rely on them. Cutting them would be a false economy.
hook: At ten past two on a Sunday morning, the N4 from Harbour Square to Eastfield was full. Not
  with revellers, mostly, but with cleaners, kitchen porters and a nurse finishing a late shift.
thesis: Night buses are easy to overlook if you never need one, and I confess I rarely thought
  about them until that night. For thousands of people in Northport, they are the only way to get
  to and from work.
argue: The city's transport department is reviewing night services, and there is talk of cutting
  routes that carry fewer passengers. That is an understandable instinct and a mistake.
argue: The people on the N4 do not have alternatives. A taxi would swallow a large part of their
  earnings. Without the bus, some of them would simply not be able to take the job.
counter: The transport commissioner will point out, fairly, that the buses are expensive to run and
  that money spent on them is not spent elsewhere.
close: But a city that depends on people working at night owes them a way to get home. The N4 is
  not a luxury. It is part of how Northport works.

== column bartholomew-sayle port-strike
tags: Port strike | Northport | Labour
scenes: harbour crowd
caption harbour: The docks at Northport.
h: The port built this city, and we forget that at our peril
h: What the dock strike reminded Northport about where it came from
s: Most of us never see the container terminal. For a few weeks, we could not ignore it.
hook: From my window in the Old Quay I can see the tops of the cranes at the container terminal.
  For most of the year I barely notice them. During the strike, when they stopped moving, I found I
  could think of little else.
thesis: The dispute reminded Northport of something it has been in danger of forgetting: that this
  is a port city, and that its prosperity still depends on the people who work on the docks.
argue: The old harbour is now cafes and flats, and the working port has moved out to the estuary,
  behind fences and security gates. It is easy to think of it as somebody else's business.
argue: But the port and the businesses that depend on it employ about {jobs} people. When it
  stopped, the shelves in my corner shop began to empty within a week.
counter: I do not pretend to know who was right in the dispute. The arguments about pay and
  automation are complicated, and reasonable people disagreed.
close: What I do know is that the people on the picket line were our neighbours, doing a job the
  city cannot do without. We should not need a strike to remember that.

== column bartholomew-sayle
tags: Environment | Northport | Health
scenes: harbour skyline
caption harbour: The inner harbour in Northport.
h: Swimming in Northport's harbour should be a right, not a stunt
h: Clean up the harbour and let the city swim
s: Other port cities have opened harbour baths. Northport could too.
hook: Every summer, somebody swims across Northport's inner harbour for charity, and every summer
  the newspapers, this one included, treat it as an act of eccentric courage.
thesis: It should not be. A clean harbour where anybody can swim is an entirely achievable goal,
  and a city surrounded by water ought to want it.
argue: Several port cities abroad have done exactly this, building simple harbour baths where the
  water is tested daily and lifeguards are on duty. They have become some of the most popular
  public spaces in those cities.
argue: The water quality in Northport's inner harbour has improved greatly since the old sewage
  outfalls were closed. With a little more investment, it could meet bathing standards most of the
  summer.
counter: The harbour is still a working waterway, and safety matters. Nobody is suggesting that
  people should dodge boats.
close: But a roped-off bathing area by the Old Quay, on a hot day, would be one of the best things
  the city could do for itself. I would be first in.

== column bartholomew-sayle
tags: Northport | City hall
scenes: street skyline
caption street: A street sign in the Old Quay.
h: Let us keep the old street names, even the awkward ones
h: Northport's street names are a history lesson. We should keep reading it
s: A proposal to rename streets in the Tanneries would tidy up the map and erase the past.
hook: I live a few minutes' walk from Salt Row, Rope Walk and Tallow Lane, names that tell you
  exactly what went on there two hundred years ago. Nobody needs a plaque to explain them.
thesis: The city council's proposal to rename several streets in the Tanneries, to make the new
  development there easier to market, is a mistake.
argue: Street names are one of the few ways in which a city's history survives in daily life. Every
  time somebody gives directions to Tallow Lane, they are repeating something about who lived and
  worked there.
argue: The proposed replacements, named after trees and flowers, could belong anywhere. That is
  rather the point. They are designed to be inoffensive, and they are also forgettable.
counter: The developers argue that names like Tanners' Yard put off buyers who associate them with
  smells and dirt. I do not doubt it.
close: But a city is not a brochure. If the new residents of the Tanneries want to know why their
  street is called what it is, so much the better. They might find the answer interesting.

== column bartholomew-sayle museum
tags: Museums | Art | City hall
scenes: gallery crowd
caption gallery: Visitors at the Harbour Museum of Art.
h: Free museums are the best bargain a city can offer
h: Keep the Harbour Museum free, whatever the budget pressures
s: Charging for entry would raise a little money and exclude a great many people.
hook: Within days of the Harbour Museum of Art reopening, I heard the first suggestion that it
  should start charging for entry. The city needs money, the argument goes, and visitors can afford
  it.
thesis: It would be a false economy. Free entry is the single most important thing about the
  museum, and it should be protected.
argue: When museums introduce charges, visitor numbers fall sharply, and the people who stop coming
  are the ones with least money: families, young people, pensioners. The ones who keep coming can
  mostly afford it anyway.
argue: A free museum is also a place you can visit for twenty minutes on a lunch break, or with a
  restless child, without feeling that you have wasted a ticket. That casual familiarity is how
  people come to love art.
counter: I accept that the museum needs a stable income, and that the city cannot simply write a
  blank cheque.
close: Donations, the cafe, the shop and charges for special exhibitions can all help. But the
  doors to the permanent collection should stay open to everybody, as they have been for almost a
  century.
"""
