"""Opinion desk: The Long View and Market Street, argued in the first person.

Touchline lives with the sports desk and City Notebook with the arts desk.
"""

# "== column AUTHOR [STORYLINE]": a column tied to a storyline runs while it is in the news and may
# use the storyline's values. Paragraphs run hook, thesis, argue..., counter, close.

COLUMNS = """
== column fenella-hartigan port-strike
tags: Port strike | Labour | Northport
scenes: harbour crowd
caption harbour: The container terminal at Northport.
caption crowd: Dock workers on the picket line.
h: Ministers waited far too long to step into the Northport port dispute
h: The government's silence on the port strike cost us all dearly
s: Standing back from an industrial dispute can be wise. Standing back while the country's biggest
  port shuts is not.
hook: I spent eight years in the National Assembly, and in that time I learned that ministers love
  nothing more than a dispute they can describe as "a matter for the parties involved". It is a
  phrase that sounds principled and commits you to nothing.
thesis: The strike at Northport was never just a matter for the parties involved. When {share}% of
  the country's container traffic passes through one port, its closure is a national problem, and
  the government should have treated it as one from the first week.
argue: Every day of delay had a price: {cost} million crowns a day, by the Chamber of Commerce's
  reckoning, paid by businesses and workers who had no say in the dispute. Ministers knew this.
  They had the figures on their desks.
argue: Nor was there any mystery about what needed to happen. Both sides needed a face-saving way
  back to the table, and an independent chair with the authority of government behind them. That is
  exactly what the employment minister eventually provided, weeks later than he could have.
counter: I accept that there are risks in ministers wading into every strike. Governments that
  settle disputes for employers tend to end up paying for the settlement.
close: But there is a difference between interfering and convening. Getting people into a room is
  not weakness. It is the job, and next time I hope it is done in the first week rather than the
  fifth.

== column fenella-hartigan budget
tags: Budget | Taxation | Economy
scenes: assembly chart
caption assembly: The National Assembly in Astermere.
h: This budget's biggest decision is the one the minister did not mention
h: Budgets should be honest about their gambles. This one is not
s: The sums only add up if growth picks up. Voters deserved to be told that plainly.
hook: There is a ritual to budget day that I have always rather enjoyed: the red folder, the packed
  chamber, the minister's carefully rehearsed jokes. But rituals can hide as much as they reveal.
thesis: Edmund Varga-Lisle's budget contains one enormous assumption, and it is not the one anybody
  was talking about on the evening news. It is that growth will pick up next year, and that the
  money will flow in to pay for everything else.
argue: Perhaps it will. But the Carvenian Budget Institute thinks the forecast is optimistic, and
  so do most independent economists. If they are right, the gap will have to be filled somehow, and
  the choices will be harder than anything in this year's statement.
argue: I do not object to governments taking a view about the future. I object to them doing it
  quietly. A minister who said plainly, "this is my bet, and this is what I will do if I am wrong",
  would earn a great deal more trust than one who buries it in the tables.
counter: The minister's defenders will say that every budget rests on forecasts, and that talking
  up the risks would itself damage confidence. There is something in that.
close: But voters are not children. They know that nobody can see the future. What they want to
  know is whether the people in charge have a plan for when it goes wrong.

== column fenella-hartigan orlanda-election
tags: Orlanda | Elections | Diplomacy
scenes: crowd assembly
caption crowd: Voters queue at a polling station in Port Solana.
h: Orlanda's election is a reminder that democracy can still surprise us
h: What Orlanda's voters have taught the rest of us about democracy
s: For years we were told that Orlanda's elections were a formality. Its voters have just proved
  otherwise.
hook: A year ago, had you asked me who would win Orlanda's presidential election, I would have
  named the incumbent without hesitation. So would almost everybody who writes about these things
  for a living.
thesis: The result is a useful lesson in humility for commentators, and a more important one for
  anybody who has given up on the idea that voting can change anything.
argue: The opposition in Orlanda won because it did the unglamorous work. Five parties that
  disliked each other agreed to stand behind one candidate. That candidate spent months in small
  towns talking about the price of bread rather than the constitution.
argue: None of it was dramatic, and very little of it made international headlines. But it turned a
  contest that looked fixed into one that voters felt they could decide, and turnout rose
  accordingly.
counter: It would be naive to pretend that one election makes a healthy democracy. The new
  president inherits courts, broadcasters and civil servants shaped by {years} years of the old
  order.
close: Still, I will take the lesson. Elections are not won by despair. They are won by people who
  turn up, argue, organise and then queue in the cold to vote.

== column fenella-hartigan flood
tags: Flooding | Climate | Environment
scenes: flood fields
caption flood: Flooded streets in Lindmere.
h: Lindmere was failed by years of delay, not by the rain
h: The Lindmere floods were a political failure as much as a natural one
s: The flood defences were approved six years ago. The question is why the town was still waiting.
hook: Every flood produces the same sentence from somebody in authority: "nobody could have
  predicted this". I heard it again this week, and I did not believe it any more than I did the
  last time.
thesis: Lindmere's flood defences were approved six years ago. Only the first phase has been built.
  That is not an act of nature. It is a series of decisions, taken or avoided by people who could
  have done otherwise.
argue: I know how these delays happen, because I have watched them from the inside. A scheme is
  approved with great fanfare, then a funding round slips, then a consultation is extended, then a
  minister moves on. Nobody decides to leave a town exposed. It just happens, one reasonable
  postponement at a time.
argue: The people of Mill Lane and the market square are entitled to ask who was responsible for
  each of those postponements. They are entitled to an answer that is not "the process".
counter: In fairness to the government, the rainfall that hit the hills above the town was
  extraordinary, and no wall is high enough for every storm.
close: But the point of defences is to buy time and limit the damage, and Lindmere was denied both.
  The new money is welcome. I hope that this time somebody is made personally answerable for
  spending it.

== column fenella-hartigan crosstown-tram
tags: Transport | City hall | Northport
scenes: street assembly
caption street: Tram works on Canal Street.
h: The Crosstown tram needed an honest budget on day one, not day one thousand
h: Big projects go wrong when nobody is allowed to say how much they will cost
s: Northport's tram overruns are depressingly familiar. So is the optimism that caused them.
hook: I have a rule of thumb for any public building project: take the budget, add a third, and add
  a year. I have rarely been wrong, and the Crosstown tram line is no exception.
thesis: The problem is not that Northport's officials are incompetent. It is that the system
  rewards optimism. A project with an honest budget might never be approved, so nobody produces
  one.
argue: Everybody involved in the Crosstown line knew that Canal Street sits on top of more than a
  century of pipes and cables. Nobody knew exactly where they were, which is precisely why a
  sensible budget would have included a large sum for surprises.
argue: Instead, the council approved a figure that assumed nothing would go wrong. The overrun of
  {overrun} million crowns is not the cost of bad luck. It is the cost of that assumption.
counter: Some will argue that the tram should never have been built at all. I disagree. Northport
  needs it, and in twenty years nobody will remember the delays.
close: But they will remember, if they are lucky, whether the city learned anything. I would start
  by asking the auditor to publish not just what went wrong, but what the council was told at the
  start, and by whom.

== column fenella-hartigan
tags: Elections | Education
scenes: crowd assembly
caption crowd: Students at a rally in Northport.
h: Why I changed my mind about giving 16-year-olds the vote
h: I used to oppose votes at 16. Then I met the students of Eastfield
s: A morning in a sixth-form classroom persuaded me that the arguments I once made do not hold up.
hook: When I was in the Assembly I voted twice against lowering the voting age to 16. I gave
  speeches about maturity and about the difference between a child and an adult. I was quite
  pleased with them at the time.
thesis: I was wrong, and I have been wondering for some time how to say so. A morning spent with a
  politics class at a school in Eastfield last month finally persuaded me.
argue: The students I met knew more about how the Assembly works than several former colleagues of
  mine. They had strong views about housing, transport and the climate, and they could argue them
  with evidence.
argue: They also pointed out something I had never properly considered: at 16 they can work, pay
  tax and leave school, but they have no say over how that tax is spent or what those schools
  should teach.
counter: The strongest argument against is that younger voters are more easily swayed. Perhaps. But
  I have met a great many easily swayed voters of 60 and nobody proposes to take their votes away.
close: People who vote young tend to keep voting. If we want a healthier democracy, starting the
  habit at 16 looks to me like one of the cheapest reforms available.

== column fenella-hartigan
tags: Elections | City hall
scenes: assembly skyline
caption assembly: The National Assembly in Astermere at night.
h: The Assembly's late-night sittings serve nobody but the whips
h: It is time to end the National Assembly's habit of voting at 3am
s: Laws passed by exhausted members in the small hours are rarely the better for it.
hook: The latest vote I ever took part in was at 4.12am. I remember the time because I remember
  wondering, as I walked through the lobby, whether I could honestly say I knew what I was voting
  for.
thesis: The Assembly's habit of sitting late into the night is not a tradition worth preserving. It
  produces worse laws, it drives good people out of politics and it serves nobody except the whips.
argue: Tired people make mistakes. Amendments are waved through unread, and arguments that might
  have changed a bill are made to a chamber that is half asleep. I have seen legislation that
  needed fixing within a year because of errors nobody noticed at 2am.
argue: Late sittings also decide who can be a member. Parents of young children, carers and anybody
  with a life outside politics find the hours impossible. The Assembly is poorer for their absence.
counter: Defenders of the current system say that late sittings are sometimes the only way to get
  business through. But that is an argument for better planning, not longer nights.
close: Plenty of parliaments finish their business by early evening. Ours could too. All it needs
  is for the people who run it to decide that it matters.

== column fenella-hartigan budget
tags: Budget | Taxation | Transport
scenes: assembly fields
caption assembly: The National Assembly in Astermere.
h: The fuel duty climbdown shows whose voices ministers really hear
h: The budget rebels won. The people who rely on buses did not
s: Members from rural seats forced a retreat on fuel duty. Nobody forced one on bus fares.
hook: Watching the government's retreat on fuel duty this week, I found myself thinking about a
  woman I met years ago at a bus stop in Olsted. She was waiting for a bus that came twice a day,
  to get to a job that paid by the hour.
thesis: The members who forced the government to phase in the rise in fuel duty had a point about
  rural drivers. But the speed of the concession tells you something about whose complaints are
  heard in Astermere.
argue: Drivers are organised, visible and vocal, and they are well represented in the Assembly.
  People who depend on buses are often poorer, older or younger, and much less likely to have a
  member ringing a minister on their behalf.
argue: The budget contained no help at all for rural bus services, many of which have been cut back
  year after year. Nobody threatened to rebel over that.
counter: The rebels will say, fairly, that they were elected to speak for their constituents, and
  that many of those constituents have no choice but to drive.
close: I agree. But the reason so many of them have no choice is that the alternatives have been
  allowed to wither. A government that listens to drivers should listen to the people waiting at
  the bus stop too.

== column fenella-hartigan
tags: Elections | Security
scenes: assembly street
caption assembly: Government buildings in Astermere.
h: Ministers' messages about public business should be public records
h: If ministers govern by text message, the texts belong to us
s: Decisions are made on phones now. The rules about keeping records have not caught up.
hook: When I was first elected, important decisions left a trail of paper: memos, minutes, letters
  with handwritten notes in the margin. By the time I left, they were increasingly made in a
  message sent from the back of a car.
thesis: The law on public records has not caught up. Ministers' messages about government business
  are too often treated as private, deleted at will and lost to inquiries, historians and voters.
argue: This is not a technical question. When an inquiry asks why a decision was taken, the honest
  answer is often sitting on a phone that has since been wiped or replaced. That is a gift to
  anybody who would rather not explain themselves.
argue: The fix is simple. Messages about government business, on any device, should be treated
  exactly like letters and memos: kept, archived and open to request under the usual rules.
counter: Ministers will say that they need space to think aloud, and that informal conversation
  would dry up if every message could be published. There are already exemptions for that.
close: Government by text message is here to stay. The least we can ask is that it leaves a record.

== column leonie-abara port-strike
tags: Port strike | Technology | Jobs
scenes: harbour chart
caption harbour: Cranes at the Northport container terminal.
h: Automation is coming to the docks. The question is who shares the gains
h: The Northport dock strike was a rehearsal for the arguments to come
s: Remote-controlled cranes will make the port more productive. How that money is divided is a
  choice, not a law of nature.
hook: My grandfather worked on the Northport docks when cargo still arrived in sacks and crates. By
  the time he retired, containers had cut the number of dockers by four-fifths. He never forgave
  them.
thesis: The strike at Northport was nominally about pay, but the anxiety underneath it was
  automation. And on that question, I think both sides have framed the argument wrongly.
argue: The port authority talks as if new technology makes job losses inevitable. It does not.
  Automation makes the port more productive, which means more value for each hour worked. Whether
  that value becomes fewer jobs, higher pay, shorter hours or bigger profits is a decision.
argue: The union, for its part, has sometimes sounded as though it could stop the cranes
  altogether. It cannot, and ports that resist technology entirely tend to lose business to those
  that do not.
counter: It will be said that the port must stay competitive, and that sharing the gains with
  workers will blunt its edge. But competitiveness also depends on a workforce that is not
  permanently at war with its employer.
close: The deal that ended the strike, with its guarantees on jobs and retraining, points to a
  better way. The next fight over automation is coming, at Northport and elsewhere. I hope it
  starts where this one finished.

== column leonie-abara budget
tags: Budget | Taxation | Economy
scenes: chart street
caption chart: The tax-free allowance has risen in the budget.
h: Raising the tax-free allowance is the wrong way to help low earners
h: The budget's flagship tax cut helps the wrong people most
s: A higher allowance sounds progressive. Most of its benefit goes to people who are not poor.
hook: Every finance minister loves raising the tax-free allowance. It polls well, it fits in a
  headline and it sounds as though it helps the low-paid. This year's budget took it to {threshold}
  crowns.
thesis: But as a way of helping people on low incomes, I think it is surprisingly poor value, and
  the money could have been far better spent.
argue: The problem is simple arithmetic. The poorest workers already earn too little to pay much
  income tax, so raising the allowance does little for them. The full benefit goes to everybody
  earning above the new threshold, including people on very comfortable salaries.
argue: If the aim is to help households struggling with the cost of living, targeted support
  through the benefit system, or help with childcare costs, would put far more money into the
  pockets that need it.
counter: The minister would reply that the allowance is simple, that everybody understands it and
  that it rewards work. All true.
close: But simplicity is not the same as fairness. A budget that wants to help low earners should
  start by asking who they are and what they need, not which policy fits best on the front page.

== column leonie-abara supermarket-merger
tags: Retail | Markets | Economy
scenes: street chart
caption street: Shoppers on a high street in Aldergate.
h: Bigger supermarkets rarely mean cheaper food
h: The Harvest and Greenmarket deal is good for shareholders. Is it good for shoppers?
s: The companies promise lower prices. The history of grocery mergers suggests caution.
hook: Whenever two big companies announce a merger, they make the same promise: that the combined
  business will be more efficient, and that customers will share the savings. I have yet to see the
  promise written into a contract.
thesis: The takeover of Greenmarket by Harvest & Co should be treated with a great deal of
  scepticism by the regulator, and by anybody who buys food.
argue: It is true that bigger grocers can negotiate lower prices from suppliers. But there is no
  law that says those savings will be passed on. When the market is less competitive, a company can
  keep them as profit instead.
argue: The combined group would have about {share}% of the grocery market. In many towns it would
  face no serious rival at all. Those are exactly the places where prices tend to creep up once the
  headlines have moved on.
counter: The companies argue that they face fierce competition from discount chains and online
  retailers. In the big cities, they do.
close: But food is not bought only in big cities. The regulator's job is to protect the shopper in
  a market town with two supermarkets, who may soon find they are owned by the same company.

== column leonie-abara
tags: Interest rates | Economy | Housing
scenes: chart assembly
caption chart: Interest rates have been held for several months.
h: The central bank is right to wait, but it needs to explain itself better
h: Patience on interest rates is wise. Silence about why is not
s: Households and businesses are making big decisions in the dark.
hook: A reader wrote to me last month to ask whether she should fix her mortgage now or wait. I
  told her, honestly, that I did not know. Neither, it seems, does anybody else.
thesis: The central bank's decision to hold interest rates is defensible. Inflation is falling, but
  not yet reliably, and cutting too soon would risk undoing two years of pain. What is harder to
  defend is how little it tells us about what it is waiting for.
argue: Every month of uncertainty has a cost. Businesses postpone investment. Families postpone
  moving house. People like my reader lie awake wondering whether they are about to make an
  expensive mistake.
argue: Other central banks publish far clearer guidance about the conditions under which they
  expect to change rates. That does not mean promising a date. It means explaining, in plain
  language, what would make them move.
counter: Central bankers worry, with some justification, that clear guidance can become a trap,
  forcing them to act when circumstances have changed.
close: But a central bank that communicates only through its decisions leaves everybody else
  guessing. A little more candour would cost the governor nothing and would help a great many
  people.

== column leonie-abara
tags: Jobs | Economy | Technology
scenes: skyline laboratory
caption skyline: Offices in Northport.
h: A four-day week is not a fantasy. It is a management problem
h: The companies trying a four-day week are learning something useful
s: Pilot schemes suggest that shorter hours need not mean lower output. But only if work is
  redesigned.
hook: When I first wrote about the four-day week, a reader called it "economics for people who have
  never run a business". I have since spoken to several people who run businesses, and some of them
  have changed their minds.
thesis: The evidence from companies that have tried a four-day week is more encouraging than
  sceptics expected. But the lesson is not that everybody should work less. It is that most
  organisations waste an astonishing amount of time.
argue: The firms that made it work did not simply cut a day. They cut meetings, cleared out
  pointless reporting and gave people long stretches to concentrate. Output held up because the
  fifth day had often been spent on things nobody needed.
argue: Staff were happier and less likely to leave, which saves real money. In a tight labour
  market, that alone can pay for a good deal of experimentation.
counter: It will not work everywhere. A hospital ward or a bus route cannot simply close on
  Fridays, and shorter hours there means hiring more people.
close: Fair enough. But even where the four-day week is impossible, the question it forces — what
  are we actually doing with our time? — is worth asking.

== column leonie-abara
tags: Housing | Economy | Northport
scenes: skyline street
caption skyline: Flats in Northport.
h: Rents, not mortgages, are the cost-of-living crisis nobody is fixing
h: Renters have been forgotten in the argument about interest rates
s: Homeowners' mortgages dominate the debate. Tenants are paying more and getting less attention.
hook: Listen to any discussion of the economy and you will hear a great deal about mortgages.
  Rates, fixes, remortgaging: it is the language of people who own their homes, or hope to.
thesis: But about a third of households in Northport rent from a private landlord, and for many of
  them, I would argue, housing costs have become the heart of the cost-of-living crisis.
argue: Rents in the city have risen far faster than wages over the past few years. Unlike a
  mortgage, a rent does not fall when interest rates do. It ratchets up and stays there.
argue: Tenants also have fewer protections than they should. A household can be asked to leave with
  a few months' notice, which makes it hard to plan, to settle children in school or to put down
  roots.
counter: Landlords argue, reasonably, that their own costs have risen, and that heavy regulation
  will drive them out of the market and make things worse.
close: That is a real risk, and any reform should be careful. But the answer to a market that is
  not working for a third of households cannot be to do nothing. A register of landlords and limits
  on sudden increases would be a modest start.

== column leonie-abara
tags: Economy | Technology | Retail
scenes: street chart
caption street: A market stall in Northport.
h: Cash still matters to the people who can least afford to lose it
h: Before we abolish cash, ask who still depends on it
s: Card payments are convenient for most of us. For some, cash is how they keep control of their
  money.
hook: At the market on Harbour Square last weekend, I watched a stallholder turn away a customer
  with a handful of coins. "Card only now," she said, a little apologetically. The customer walked
  away.
thesis: The slow disappearance of cash is usually presented as progress. For most people, it is.
  But for a significant minority it is a real loss, and we should be more careful about letting it
  happen by default.
argue: People on tight budgets often use cash deliberately, because it is easier to see what is
  left. Older people, people with disabilities and people who have had trouble with banks are also
  more likely to rely on it.
argue: As cash machines close and shops refuse notes, these people are pushed into a system that
  does not suit them, or left out altogether.
counter: Businesses say cash is expensive to handle and increasingly rare. That is true, and nobody
  can force people to use it.
close: But we can make sure it remains possible to live on cash for those who need to. Several
  countries now require essential shops to accept it. Ours should consider doing the same.

== column leonie-abara supermarket-merger
tags: Retail | Markets | Jobs
scenes: street chart
caption street: A Greenmarket shop in Northport.
h: Selling a few shops should not be enough to save the supermarket merger
h: The regulator should look hard at Harvest & Co's offer to sell stores
s: Disposals to weak buyers can leave competition worse off than before.
hook: Harvest & Co has offered to sell {closures} shops to win approval for its takeover of
  Greenmarket. It is the standard move in these cases, and it often works.
thesis: I hope the Competition Authority treats it with caution. Selling shops is only a remedy if
  the buyer can compete. Too often, it is not.
argue: The danger is that stores are sold to a smaller chain that lacks the buying power to match
  the new giant's prices, or that later closes them. Competition looks preserved on paper and
  disappears in practice.
argue: The authority should insist on knowing who the buyers are before it approves anything, and
  should be willing to block the deal if no credible buyer emerges.
counter: The companies will say that they have been more than reasonable, and that a long inquiry
  creates uncertainty for staff.
close: Uncertainty for a few months is better than a less competitive grocery market for a
  generation. The regulator should take its time.

== column leonie-abara flood
tags: Flooding | Economy | Climate
scenes: flood chart
caption flood: Flood water in Lindmere.
h: Who pays for Lindmere? Insurance is the hidden bill for a warming climate
h: After the floods, the insurance question Lindmere cannot avoid
s: Premiums in flood-prone towns are rising fast. Without a plan, some homes will become
  uninsurable.
hook: A few days after the River Vell burst its banks, a reader from Lindmere sent me a copy of her
  home insurance renewal. The premium had doubled in three years, and that was before the flood.
thesis: The damage to about {homes} homes in Lindmere will be paid for, in the end, by all of us,
  through insurance premiums, taxes and lost value. We should stop pretending otherwise and start
  planning for it.
argue: As floods become more frequent, insurers are raising premiums in risky areas, and in some
  cases refusing cover altogether. A home that cannot be insured cannot easily be sold or
  mortgaged, which traps families in the places most at risk.
argue: Some countries run a shared scheme, with a small levy on every policy to keep cover
  affordable in flood-prone areas. It spreads the cost, but only works if it is paired with serious
  investment in defences.
counter: Critics say such schemes encourage people to keep building and living in risky places.
  That is a real concern.
close: Which is why any scheme must come with stricter rules on building on floodplains. Doing
  nothing is also a choice, and Lindmere has just shown us what it costs.
"""
