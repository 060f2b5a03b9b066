"""Sports desk: running storylines and one-off story formats in the demo markup."""

CUP_RUN = """
key: cup-run
tags: Founders Cup | Northport Athletic | Football
days: 28 0
authors: callum-brightwater
place: Northport
cast manager: Piet Vandermolen | the Northport Athletic manager
cast captain: Dario Quennell | the Athletic captain
cast striker: Teo Albescu | the Athletic striker
cast keeper: Ruairi Castell | the Athletic goalkeeper
cast fan: Wendell Okri | who has held a season ticket at Quayside Park for 30 years
cast rival: Jonas Brightley | the Astermere City manager
range crowd: 14000 21000 250
val years: 31 | 34 | 38
range goals: 5 8 1
range tickets: 18000 26000 500
context: Athletic have not won the Founders' Cup for {years} years, and were in the second division
  as recently as three seasons ago.
context: Vandermolen took over at Quayside Park two years ago with the club close to the relegation
  places, and has built his side around young players from the club's own academy.
context: Albescu, signed for a modest fee from a second-division side last summer, has scored
  {goals} goals in the competition so far.
quote fan: I have waited a long time for a season like this. The whole city is talking about
  football again.
quote manager: We do not look too far ahead. The next game is the only one that matters, and that
  is not a cliché, it is how this group works.
number: A crowd of {crowd} filled Quayside Park, the biggest attendance at the ground for more than
  a decade.
number: The club said it had received applications for more than {tickets} tickets within an hour
  of going on sale.
facts: Athletic's road to the final
fact: Round of 16: Northport Athletic 2 Torwick Rovers 0
fact: Quarter-final: Kestrel Bay United 1 Northport Athletic 2
fact: Semi-final: Northport Athletic 3 Astermere City 2 (after extra time)
fact: Final: Fenhallow Wanderers, National Stadium, Astermere
caption stadium: Quayside Park under the floodlights {photo_when}.
caption stadium: Northport Athletic players warm up before kick-off.
caption crowd: Athletic supporters celebrate outside Quayside Park after the final whistle.
caption crowd: Fans queue for cup tickets outside the club shop in Northport.
== beat sport stadium 3
h: Albescu double sends Northport Athletic into Founders' Cup last eight
h: Athletic ease past Torwick Rovers to reach cup quarter-finals
s: Teo Albescu scored in each half as Piet Vandermolen's side kept their cup run going.
lede: Teo Albescu scored twice as Northport Athletic beat Torwick Rovers 2-0 at Quayside Park to
  reach the quarter-finals of the Founders' Cup for the first time in [nine|eleven] years.
more: Albescu opened the scoring after 23 minutes, turning his marker on the edge of the area and
  shooting low into the corner, and added a second from close range after the break. Torwick rarely
  threatened.
quote manager: We were patient and we were professional. Teo is in the form of his life and the
  lads behind him made it easy for him.
next: Athletic will travel to Kestrel Bay United in the quarter-finals.
== beat sport stadium 4
place: Kestrel Bay
h: Late Quennell header takes Northport Athletic into cup semi-finals
h: Athletic stun Kestrel Bay with stoppage-time winner
s: Dario Quennell's header in the 93rd minute settles a tense quarter-final on the coast.
lede: Dario Quennell headed a stoppage-time winner as Northport Athletic came from behind to beat
  Kestrel Bay United 2-1 and reach the semi-finals of the Founders' Cup.
more: Kestrel Bay led at half-time through a deflected free kick, but Albescu equalised on the
  hour. With extra time looming, Quennell rose above two defenders to meet a corner from the right.
quote captain: I have not scored a header since I was a teenager, so I picked a good moment. The
  noise from our end at the final whistle was incredible.
next: The semi-final draw paired Athletic with Astermere City, the holders.
== beat sport crowd 3
h: Cup fever in Northport as Athletic semi-final tickets sell out
h: Queues round the block as Athletic fans chase semi-final tickets
s: Supporters camped overnight outside Quayside Park for a chance to see the semi-final against
  Astermere City.
lede: Tickets for Northport Athletic's Founders' Cup semi-final against Astermere City sold out in
  [under two hours|less than two hours] {when}, with some supporters queueing overnight outside the
  club shop.
more: The club has arranged for the match to be shown on a big screen in Harbour Square, and the
  city's transport department is putting on extra trams.
quote fan: I brought a flask, a folding chair and two jumpers. It was worth every cold minute.
next: The semi-final will be played at Quayside Park.
== beat sport stadium 5
h: Northport Athletic beat holders Astermere City to reach cup final
h: Albescu hat-trick sinks Astermere City as Athletic reach final
s: A thrilling semi-final goes to extra time before Teo Albescu completes his hat-trick.
lede: Northport Athletic are through to their first Founders' Cup final in {years} years after Teo
  Albescu's hat-trick beat the holders, Astermere City, 3-2 after extra time at a delirious
  Quayside Park.
more: City twice led, but Albescu equalised each time, the second with a penalty seven minutes from
  the end of normal time. His winner came in the 112th minute, a curling shot from the left-hand
  side of the area.
more: Castell made a string of saves in the second half of extra time as City pushed for an
  equaliser.
quote striker: I cannot describe it. I have dreamed about nights like this since I was a boy, and
  now I have to try to sleep.
quote rival: We made too many mistakes against a side that punishes them. Congratulations to
  Northport, they deserved it.
next: Athletic will meet Fenhallow Wanderers in the final at the National Stadium in Astermere.
== beat sport stadium 3
h: Castell passed fit for Founders' Cup final as Athletic name squad
h: Vandermolen gets boost as Castell recovers for cup final
s: The goalkeeper had been a doubt with a hand injury suffered in the semi-final.
lede: Northport Athletic's goalkeeper, Ruairi Castell, has been passed fit for the Founders' Cup
  final against Fenhallow Wanderers after recovering from a hand injury.
more: Castell, who made a series of saves in extra time against Astermere City, trained fully
  {when} wearing protective strapping.
quote keeper: It is sore, but I would play this game with one arm if I had to.
next: Fenhallow go into the final unbeaten in 14 matches.
== beat sport crowd 5
h: Northport prepares for cup final as thousands head to Astermere
h: 'The whole city is going': Northport counts down to cup final
s: Extra trains have been laid on and Harbour Square will host a screening for those without
  tickets.
lede: Northport is preparing for its biggest sporting day in a generation, with thousands of
  Athletic supporters expected to travel to Astermere for the Founders' Cup final against Fenhallow
  Wanderers.
more: The national rail operator has added eight trains, and the city council has agreed to a
  screening in Harbour Square for up to 10,000 people.
quote fan: My father took me to the last final. I am taking my granddaughter to this one. That is
  what this club means.
quote manager: We know what this means to the people of Northport. We will not let the occasion get
  to us, but we will enjoy it.
next: Kick-off at the National Stadium is at 3pm.
"""

STORYLINES = (CUP_RUN,)

FORMATS = """
== format match 2
tags: Football | First Division
scenes: stadium crowd
agency: yes
max: 12
pick home away: clubs
range crowd: 6000 24000 250
ordinal minute1: 8 40 1
ordinal minute2: 52 88 1
val score: 2-0 | 2-1
cast scorer: @ | the {home} striker
cast second: @ | the {home} midfielder
cast manager: @ | the {home} manager
cast rival: @ | the {away} manager
place: {home_town}
h: {scorer_s} on target as {home} beat {away} {score}
h: {home} [ease past|see off|edge out] {away} to climb the table
s: {scorer} and {second} score as {home} [end a winless run|climb the table] at {home_ground}.
lede: {scorer} scored [a fine opening goal|the opener|a first-half opener] as {home} beat {away}
  {score} at {home_ground} {when}, [ending a run of three games without a win|lifting them into the
  top half of the table].
more: {scorer_s} struck in the {minute1} minute, [curling a shot into the top corner|heading in a
  cross from the left|finishing calmly after a quick counter-attack], and {second} added another in
  the {minute2} minute.
more: {away} improved after the break and [hit the post|had a goal ruled out for offside], but
  {home} held on in front of a crowd of {crowd}.
quote manager: We have been playing well without getting the results. Today the performance and the
  result came together.
quote rival: We gave them two goals and you cannot do that away from home. I am disappointed, but
  there is plenty to work on.
quote scorer: I have been waiting for one to go in. The lads kept giving me the ball, so I owed
  them that.
context: {home} have won [four|five] of their last ten league matches.
number: A crowd of {crowd} watched the game at {home_ground}.
next: {home} are away next weekend, while {away} are at home.
caption stadium: {home_ground} before kick-off {photo_when}.
caption crowd: {home} supporters at {home_ground}.

== format womens 2
tags: Football | Northport Athletic | Women's football
scenes: stadium crowd
agency: yes
max: 4
pick away: clubs
range crowd: 2400 7800 100
val score: 2-0 | 3-1 | 4-1 | 1-0
cast scorer: @ | the Northport Athletic Women forward
cast coach: @ | the Athletic Women head coach
cast captain: @ | the Athletic Women captain
place: Northport
h: Northport Athletic Women beat {away} {score} to stay top of the league
h: {scorer_s} stars as Athletic Women see off {away} {score}
s: A record crowd at Quayside Park sees the leaders extend their unbeaten run.
lede: Northport Athletic Women stayed top of the women's first division after beating {away}
  {score} at Quayside Park {when}, in front of a crowd of {crowd}.
more: {scorer} opened the scoring with a low shot from the edge of the area and later set up a
  second for the captain, {captain}.
quote coach: The players are enjoying their football and it shows. The support today was fantastic.
quote captain: When you look up and see that many people in the stands, you want to give them
  something.
context: Athletic Women are unbeaten in [nine|eleven|twelve] league matches this season.
number: The attendance was the highest for a women's match at Quayside Park.
next: Athletic Women play their next match away from home in a fortnight.
caption stadium: Quayside Park, home of Northport Athletic Women.
caption crowd: Supporters at Quayside Park.

== format tennis 2
tags: Tennis | Continental Tour
scenes: stadium crowd
agency: yes
max: 5
pick country: countries
range sets: 2 3 1
val score: 6-4, 7-5 | 6-3, 3-6, 7-6 | 7-6, 6-4 | 6-2, 4-6, 6-3
cast winner: @ | the {country_adj} [world No 6|world No 11|seventh seed]
cast loser: @ | the defending champion
place: {country_capital}
h: {winner_s} beats defending champion to win {country_capital} Open
h: {winner_s} claims first title of the season in {country_capital}
s: The {country_adj} player wins {score} in a tense final.
lede: {winner} won the {country_capital} Open {when}, beating the defending champion, {loser},
  {score} in a final that lasted [more than two hours|almost three hours].
more: {winner_s} saved [two|three] break points in the final set before breaking serve to lead and
  then served out the match.
quote winner: I lost this final last year, so this one means a lot. I stayed calm when it mattered.
quote loser: My opponent played the big points better than me. I have no complaints.
context: {winner_s} has now won [four|six|seven] titles on the tour.
number: The win is expected to lift {winner_s} into the world's top ten.
next: Both players are due to compete in Astermere next week.
caption stadium: The centre court in {country_capital}.
caption crowd: Spectators watch the final.

== format cycling 2
tags: Cycling | Tour of Carvenia
scenes: fields crowd
agency: yes
max: 4
range stage: 3 18 1
range km: 140 220 5
range seconds: 4 48 1
cast winner: @ | the [Carvenian|Telmarkish|Castelmari] rider
cast leader: @ | the race leader
place: {town}
pick town: towns
h: {winner_s} wins stage {stage} of the Tour of Carvenia after late attack
h: Late attack gives {winner_s} Tour of Carvenia stage {stage} win
s: The race leader, {leader}, keeps the yellow jersey by {seconds} seconds.
lede: {winner} won stage {stage} of the Tour of Carvenia into {town} {when} after attacking on the
  final climb, while {leader} held on to the leader's jersey.
more: The {km}km stage was raced in strong crosswinds, and the peloton split into several groups in
  the final hour.
quote winner: I felt good all day, and when I saw the others looking at each other I knew it was my
  moment.
quote leader: It was a hard day, and I am happy to still be in yellow. The mountains will decide
  this race.
context: The Tour of Carvenia is the country's biggest stage race, running over three weeks.
number: The overall lead is {seconds} seconds with [five|seven|nine] stages remaining.
next: The next stage is a mountain stage, finishing with a climb of 11km.
caption fields: The peloton crosses farmland on the way to {town}.
caption crowd: Spectators line the finishing straight in {town}.

== format athletics 2
tags: Athletics | Records
scenes: stadium crowd
agency: yes
max: 3
pick country: countries
val event: 400 metres | 1,500 metres | 5,000 metres | 400 metres hurdles | 800 metres
val time: national record | championship record | world lead
cast athlete: @ | the Carvenian [runner|athlete]
cast coach: @ | the athlete's coach
place: {country_capital}
h: {athlete_s} breaks national {event} record at {country_capital} meeting
h: Record-breaking {athlete_s} wins {event} in {country_capital}
s: The Carvenian improved the record by almost half a second.
lede: {athlete} broke the Carvenian {event} record at a meeting in {country_capital} {when},
  setting a {time} in a race in which [the first three|the first four] all ran personal bests.
more: {athlete_s}, 24, took the lead on the final bend and held off a strong field to win by a
  clear margin.
quote athlete: I knew I was in good shape, but I did not expect that. I was not even looking at the
  clock.
quote coach: We have been patient with the training and it is paying off. There is more to come.
context: {athlete_s} finished fifth at last year's continental championships.
number: The previous national record had stood for [nine|eleven|fourteen] years.
next: {athlete_s} is expected to compete at the continental championships this summer.
caption stadium: The stadium in {country_capital}.
caption crowd: Spectators at the meeting.

== format signing 2
tags: Football | Transfers
scenes: stadium crowd
agency: yes
max: 4
pick club seller: clubs
range fee: 2 9 1
range years: 3 5 1
cast player: @ | the [22-year-old|25-year-old|27-year-old] [winger|centre-back|midfielder|striker]
cast manager: @ | the {club} manager
place: {club_town}
h: {club} sign {player_s} from {seller} for {fee} million crowns
h: {player_s} joins {club} in club-record {fee} million crown deal
s: The player has signed a {years}-year contract.
lede: {club} have signed {player} from {seller} in a deal worth a reported {fee} million crowns,
  both clubs confirmed {when}.
more: {player_s} has signed a {years}-year contract and could make a debut this weekend.
quote manager: We have followed him for a long time. He has the quality and the attitude we want,
  and he is hungry to improve.
quote player: As soon as I heard {club} were interested, I wanted to come. It is a big club with
  big ambitions.
context: {club} have made a [poor|mixed] start to the season.
number: The fee is a club record.
next: The transfer window closes at the end of the month.
caption stadium: {club_ground}, home of {club}.
caption crowd: {club} supporters.

== format sacked 3
tags: Football | First Division
scenes: stadium crowd
agency: yes
max: 2
pick club: clubs
range games: 6 12 1
cast manager: @ | the former {club} manager
cast chair: @ | the {club} chair
place: {club_town}
h: {club} sack manager {manager_s} after {games} games without a win
h: {manager_s} leaves {club} after poor run of results
s: The club are in the relegation places.
lede: {club} have sacked their manager, {manager}, after a run of {games} league games without a
  win left the club in the relegation places.
more: The club said a caretaker would take charge of the team for this weekend's match.
quote chair: This was a difficult decision. We thank {manager_s} for all the hard work, but we felt
  a change was needed.
context: {manager_s} was appointed [18 months|two years] ago.
number: {club} have won only two of their league games this season.
next: The club hopes to appoint a successor within a fortnight.
caption stadium: {club_ground}, home of {club}.
caption crowd: {club} supporters at a recent match.

== format rowing 2
tags: Northport | Athletics
scenes: harbour crowd
max: 2
range crews: 30 70 1
range lengths: 1 4 1
cast stroke: @ | who stroked the winning crew
cast coach: @ | the Northport Rowing Club head coach
place: Northport
h: Northport Rowing Club wins Harbour Regatta eights for first time in decade
h: Home crew wins the eights at Northport's Harbour Regatta
s: Thousands watch from the quay as {crews} crews race in calm conditions.
lede: Northport Rowing Club won the eights at the Harbour Regatta {when} for the first time in a
  decade, beating a crew from Astermere by {lengths} lengths.
more: The regatta, held on the inner harbour, attracted {crews} crews from across the country.
quote stroke: We had been second three years in a row. This time nobody was catching us.
quote coach: They trained through the winter in the dark and the cold. This is the reward.
context: The regatta has been held in Northport's harbour since 1886.
number: Organisers estimated that 12,000 people watched from the quay.
next: The crew will represent Northport at the national championships next month.
caption harbour: Crews race on Northport's inner harbour.
caption crowd: Spectators watch from the quay.
"""

# Touchline, Teodor Vance's column; see desks/opinion.py for the markup.
COLUMNS = """
== column teodor-vance cup-run
tags: Founders Cup | Northport Athletic | Football
scenes: stadium crowd
caption stadium: Quayside Park under the floodlights.
caption crowd: Athletic supporters celebrate.
h: Northport has fallen in love with its football club all over again
h: Athletic's cup run has reminded Northport what a football club is for
s: The Founders' Cup run is about more than results. It is about a city talking to itself again.
hook: I was in a barber's shop in the Old Quay last week, and for forty minutes nobody talked about
  anything except Northport Athletic. The barber, the customers, a delivery driver who came in to
  drop off a parcel. Everybody had a view about the semi-final.
thesis: That is what a cup run does to a city, and it is worth saying clearly: this is what
  football clubs are for.
argue: For most of the past twenty years, Athletic have been something people in Northport followed
  out of duty. The ground was half empty and the conversation was about debts and managers. Now
  there are queues round the block for tickets.
argue: The football itself has been thrilling. But the joy is bigger than the results. People who
  have not been to Quayside Park in years are bringing their children. Strangers are talking to
  each other on the tram.
counter: Cynics will say that it will not last, and that the ground will be half empty again in the
  spring. Perhaps.
close: But I have been around football long enough to know that moments like this are rare, and
  that you should enjoy them while they last. Whatever happens next, Northport will remember this
  season.

== column teodor-vance cup-run
tags: Northport Athletic | Football | Transfers
scenes: stadium crowd
caption stadium: Quayside Park.
h: Teo Albescu is proof that good scouting still beats big spending
h: Athletic's best signing cost less than a rival's bench player
s: Albescu arrived from the second division for a modest fee. He is now the most talked-about
  striker in the country.
hook: When Northport Athletic signed Teo Albescu last summer, I confess that I had to look him up.
  So did most of the people I spoke to at Quayside Park.
thesis: Albescu's {goals} goals in the cup are the best argument I know for clubs spending their
  money on people who watch football rather than on players who are already famous.
argue: He was signed because a scout had watched him play in the rain on a Tuesday night in a
  half-empty ground and seen something others had missed: the timing of his runs and the way he
  shifts the ball onto his weaker foot.
argue: Athletic paid a small fraction of what bigger clubs spend on players who sit on the bench.
  The difference is not luck. It is patient, unglamorous work.
counter: The sceptics will say that for every Albescu there are several signings who disappear, and
  that big clubs buy proven players precisely to avoid that risk.
close: True. But proven players are proven somewhere else. The best clubs find talent before
  everybody else does, and Athletic, for once, have done exactly that.

== column teodor-vance cup-run
tags: Founders Cup | Northport Athletic | Football
scenes: stadium crowd
caption stadium: The National Stadium in Astermere.
h: Whatever happens in the cup final, Vandermolen has already won
h: The Founders' Cup final is a bonus. Vandermolen's real achievement came earlier
s: Two years ago Athletic were close to relegation. The manager's work deserves credit whatever the
  score.
hook: Two years ago I wrote that Northport Athletic were a club with no idea what they wanted to
  be. I stand by that. It was true then. It is not true now.
thesis: Piet Vandermolen has given the club an identity, and that matters more than whether they
  lift the Founders' Cup this weekend.
argue: He inherited a squad of expensive players on long contracts, most of whom did not want to be
  there. He let them go, promoted young players from the academy and asked the club to be patient.
  Remarkably, it was.
argue: The team now plays a way you can recognise: quick, brave and organised. The players run for
  each other. Supporters can see what the manager is trying to do, even on days when it does not
  work.
counter: Football is a results business, and a heavy defeat in the final would take some of the
  shine off. Vandermolen would be the first to say so.
close: But the best thing a manager can leave behind is a club that knows what it is. Whatever the
  score at the National Stadium, Athletic have that now.

== column teodor-vance
tags: Football | First Division
scenes: stadium crowd
caption crowd: Supporters outside a stadium.
h: Ticket prices are pricing out the next generation of football fans
h: If children cannot afford to go, football will lose them for good
s: Clubs depend on habits formed young. They are making those habits unaffordable.
hook: My father took me to my first match when I was seven. It cost him, as far as I can work out,
  about as much as a cinema ticket. A father taking his son to the same ground today would pay five
  times as much.
thesis: Football clubs are making a serious mistake by pricing children and young adults out of
  their grounds. They are selling their future for this season's revenue.
argue: The habit of going to football is formed young. Children who never go rarely become adults
  who go, however good the television coverage. A club that loses a generation of young supporters
  will feel it for decades.
argue: Some clubs have shown that it need not be this way, with cheap tickets for under-16s and
  young adults that fill sections of the ground that would otherwise be empty. The atmosphere is
  better for it.
counter: Clubs will say that their costs have risen and that ticket revenue pays for players. That
  is true, but match-day income is a shrinking share of most clubs' revenue.
close: A few thousand crowns of lost revenue now is a small price for supporters who will still be
  coming in forty years. Clubs should start behaving as if they understand that.

== column teodor-vance
tags: Football | Technology
scenes: stadium crowd
caption stadium: The view from the stands.
h: Video referees have taken the joy out of scoring a goal
h: I miss the days when you could celebrate a goal straight away
s: Getting decisions right matters. So does the moment when the ball hits the net.
hook: When I scored for Torwick Rovers, I knew it was a goal the moment the net moved. I ran to the
  crowd, and so did my team-mates. These days, a player who scores must wait for a man in a van to
  decide whether he is allowed to be happy.
thesis: Video review has made refereeing a little more accurate and football a great deal less
  joyful. I am not sure the trade has been worth it.
argue: The problem is not the technology but the way it is used. Offside decisions are made to the
  width of a toenail, by lines drawn on a screen, after minutes of delay. Nobody watching can see
  the difference.
argue: Meanwhile the big, obvious mistakes that video review was meant to fix still happen, because
  interpretation is as much a matter of opinion as ever.
counter: Referees make mistakes, and those mistakes can decide seasons and careers. I understand
  why people wanted something done.
close: So keep the technology, but limit it to clear errors, and give the referee a minute at most.
  Let the crowd celebrate again.

== column teodor-vance
tags: Women's football | Football | Northport Athletic
scenes: stadium crowd
caption stadium: Quayside Park on a match day.
h: The women's game deserves more than warm words from club owners
h: Athletic Women draw record crowds. They still train on a borrowed pitch
s: Supporters have shown up for women's football. Clubs now need to do the same.
hook: I went to watch Northport Athletic Women last month and had one of the best afternoons I have
  had at a football ground in years. The football was quick and clever, the crowd was young and
  loud, and there was not a seat to be had.
thesis: Women's football has won its argument with the public. It has not yet won it with the
  people who run clubs, and it is time they caught up.
argue: Athletic Women are top of the league and drawing record crowds, but they train on a borrowed
  pitch and many of the squad have second jobs. The contrast with the men's team, a few hundred
  metres away, could hardly be sharper.
argue: Investment would pay for itself. Bigger crowds mean more tickets, shirts and sponsorship.
  More importantly, every girl in those stands is a potential player.
counter: Owners will say that the women's game does not yet make money and that they cannot be
  expected to fund it indefinitely.
close: Men's football did not make money for most of its history either. It was built by people who
  believed in it. The women's game deserves the same faith, and it has earned it.

== column teodor-vance
tags: Football | Education
scenes: stadium fields
caption fields: Youth players training.
h: Youth academies should teach more than football
h: Most academy players never make it. Clubs owe them more
s: For every young player who reaches the first team, dozens are released. Too many leave with
  nothing.
hook: Of the eighteen boys in my year at the Torwick Rovers academy, two played professional
  football. I was one of them. I have often wondered what happened to the other sixteen.
thesis: Football academies are very good at producing footballers. They are much less good at
  preparing young people for the far more likely outcome: that they will not become one.
argue: Boys and girls join academies as children and spend their teenage years training several
  times a week. Education often comes second. When they are released, at 16 or 18, many have few
  qualifications and no plan.
argue: Clubs that profit from the few who succeed have a duty to the many who do not. That means
  taking schooling seriously, offering apprenticeships and keeping in touch after players leave.
counter: The best academies already do much of this, and clubs point out that they are not schools.
close: No. But they take up a great deal of a child's life, and with that comes responsibility.
  Athletic's academy is rightly celebrated this season. I hope it is judged by the sixteen as well
  as the two.

== column teodor-vance
tags: Cycling | Tour of Carvenia
scenes: fields crowd
caption fields: Cyclists on a country road.
h: Cycling's heroes are made on small roads, not in wind tunnels
h: The Tour of Carvenia is a reminder of what makes cycling special
s: For three weeks, the world's best riders race past village doorsteps. That closeness is worth
  protecting.
hook: There is no sport quite like road cycling for bringing champions to your door. Last week I
  stood on a hill outside Fenhallow with a flask of coffee as the Tour of Carvenia went past, close
  enough to hear the riders breathing.
thesis: That intimacy is cycling's great gift, and it is under threat from the sport's own success.
argue: As races become bigger and richer, organisers are tempted towards finishes in city centres,
  with grandstands and ticketed zones. The small roads and village climbs that made the sport are
  squeezed out.
argue: Yet those roads are where the sport finds its next generation: the child on the verge with a
  homemade flag, who goes home and gets on a bike.
counter: Organisers have to pay the bills, and big finishes bring in sponsors and television money.
  Nobody expects them to ignore that.
close: But they should remember what they are selling. The Tour of Carvenia is not a stadium event.
  It is a moving festival that passes through the whole country, and it should stay that way.

== column teodor-vance
tags: Athletics | Health | City hall
scenes: street fields
caption street: A public swimming pool in Northport.
h: Sport for everyone begins with a swimming pool that is open
h: Before we celebrate medals, we should keep the pools open
s: Northport has closed two public pools in five years. The medals of the future start there.
hook: I learned to swim at the old baths in St Aldric's, in water so cold that my lips turned blue.
  The baths closed six years ago. The building is now flats.
thesis: We talk a great deal about elite sport and far too little about the ordinary facilities
  where every champion starts.
argue: Northport has lost two public swimming pools in five years, and several sports halls have
  cut their opening hours. Each closure is a small decision, justified by a tight budget. Together
  they add up to a city where fewer children learn to swim or play.
argue: The cost shows up later, in health budgets and in the medal tables that politicians like to
  boast about. Elite athletes come from a broad base of people playing sport. Narrow the base and
  the peak shrinks too.
counter: Councils face impossible choices, and a swimming pool is expensive to run. I do not envy
  the people who have to balance those books.
close: But some things are worth protecting. A city that cannot teach its children to swim has its
  priorities wrong.
"""
