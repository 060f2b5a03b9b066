"""Business desk: running storylines and one-off story formats in the demo markup."""

BUDGET = """
key: budget
tags: Budget | Taxation | Economy
days: 21 2
authors: marguerite-dunmore priya-castellane
place: Astermere
cast minister: Edmund Varga-Lisle | the finance minister
cast opposition: Gideon Marlowe | the opposition's finance spokesman
cast institute: Selma Ravensworth | the director of the Carvenian Budget Institute
cast pm: Constance Harrowgate | the prime minister
cast business: Felix Ambrose-Kane | the director general of the Federation of Employers
cast charity: Maud Ellery | the chief executive of the anti-poverty charity Open Door
val deficit: 3.1 | 3.4 | 3.8
range spend: 14 22 1
range health: 3 6 1
val fuel: 4 | 5 | 6
range threshold: 14000 18000 500
range households: 1200000 1900000 100000
val growth: 1.1 | 1.3 | 1.6
range debt: 61 68 1
range homes: 40000 60000 5000
context: It is the government's first full budget since the election two years ago, and comes as
  growth has slowed to an expected {growth}% this year.
context: Public debt stands at about {debt}% of national income, and the budget deficit is forecast
  at {deficit}% this year, above the 3% limit the government set itself.
context: The finance ministry has been under pressure from its own backbenchers to ease the squeeze
  on household budgets, and from business groups to leave taxes on companies alone.
quote institute: The numbers only add up if growth picks up. If it does not, the next finance
  minister will have some very hard choices to make.
quote business: Firms wanted stability and, on the whole, they got it. The question is whether it
  is enough to persuade them to invest.
quote charity: For the families we work with, the detail matters far more than the headlines. A few
  hundred crowns a year is the difference between heating and eating.
number: The tax-free allowance will rise to {threshold} crowns, a change the ministry says will
  benefit about {households} households, while fuel duty will go up by {fuel}%.
number: Health spending will rise by {health}% in real terms, and the government has promised
  funding for {homes} affordable homes over the next five years.
facts: The budget at a glance
fact: Tax-free allowance raised to {threshold} crowns
fact: Fuel duty up {fuel}%
fact: Health spending up {health}% in real terms
fact: Deficit forecast at {deficit}% of national income
fact: Funding for {homes} affordable homes over five years
caption assembly: The National Assembly in Astermere, where the budget was presented {photo_when}.
caption assembly: Members arrive at the National Assembly ahead of the budget statement.
caption chart: Public debt as a share of national income has risen for three years.
caption crowd: Campaigners gather outside the finance ministry in Astermere.
analysis-h: The budget's real gamble is hidden in the growth forecast
analysis-h: Varga-Lisle's budget bets on a recovery that may not come
analysis-s: The tax-free allowance made the headlines. The assumption that will decide whether the
  sums add up was buried on page 40.
analysis: Budgets are political documents, and this one was built to be read in a single sentence:
  help for low earners, paid for by drivers and tax dodgers. The harder question is what happens if
  the economy does not behave.
analysis: Almost every figure in the ministry's tables depends on growth picking up next year. If
  it does, revenues rise, the deficit narrows and the minister looks prudent. If it does not, the
  gap will have to be filled by borrowing, cuts or taxes that nobody mentioned on budget day.
analysis: None of that makes the budget reckless. It does make it a bet, and the people who will
  pay if it goes wrong are the same households it is meant to help.
== beat news assembly 3
h: Finance minister signals tax relief for low earners in budget
h: Budget will 'ease the squeeze' on households, says Varga-Lisle
s: Edmund Varga-Lisle hints at a higher tax-free allowance but warns there is little room for
  giveaways.
lede: The finance minister, Edmund Varga-Lisle, has signalled that next month's budget will raise
  the tax-free allowance for low earners, while warning that the state of the public finances
  leaves little room for wider tax cuts.
more: In a speech to business leaders in Astermere, Varga-Lisle said the government would [keep
  to|stick to] its spending rules and would not borrow to fund permanent tax cuts.
quote minister: I understand how hard the past two years have been for families. I will help where
  I can, but I will not gamble with the country's finances.
quote opposition: After two years of rising bills, a few warm words are not going to pay anyone's
  rent.
next: The budget will be presented to the National Assembly later this month.
== beat business chart 3
authors: priya-castellane
h: Budget watchdog warns growth forecasts are too optimistic
h: Treasury's sums rely on rosy growth figures, institute warns
s: The Carvenian Budget Institute says the deficit could miss its target by a wide margin if the
  economy stalls.
lede: The government's budget plans rest on growth forecasts that are [too
  optimistic|unrealistically rosy], the Carvenian Budget Institute has warned, days before the
  finance minister presents them to parliament.
more: The institute said the ministry had assumed growth of {growth}% next year, about half a
  percentage point higher than most independent forecasters expect.
quote institute: There is nothing wrong with hoping for the best. There is something wrong with
  planning on it.
next: The finance ministry said its forecasts were prudent and had been checked by independent
  officials.
== beat news assembly 5
h: Budget raises tax-free allowance and fuel duty as deficit stays high
h: Varga-Lisle's first budget: help for low earners, higher fuel duty
s: The finance minister promises more money for hospitals and homes, paid for by higher fuel duty
  and a crackdown on tax avoidance.
lede: The finance minister, Edmund Varga-Lisle, has raised the tax-free allowance to {threshold}
  crowns and promised more money for hospitals, in a budget he said would [ease the squeeze|lift
  the pressure] on working families.
more: Presenting the budget to the National Assembly, Varga-Lisle said the changes would be paid
  for partly by a {fuel}% rise in fuel duty and partly by a crackdown on tax avoidance expected to
  raise {spend} billion crowns over five years.
quote minister: This is a budget for the people who get up early, work hard and have seen their pay
  swallowed by rising prices.
quote opposition: The minister gives with one hand and takes with the other. Every driver in the
  country will be paying for today's headlines.
next: The Assembly will vote on the budget's main measures next week.
== beat business chart 3
authors: priya-castellane
h: Hauliers and farmers attack budget rise in fuel duty
h: Fuel duty rise will push up prices, warn haulage firms
s: Transport groups say the {fuel}% increase will feed through to the cost of food and goods.
lede: Haulage companies and farmers have warned that the {fuel}% rise in fuel duty announced in the
  budget will push up the price of food and goods, [undoing|cancelling out] much of the help
  offered to low earners.
more: The Road Haulage Association said the increase would add about 2,400 crowns a year to the
  cost of running a single lorry.
quote business: The direction is right, but the fuel duty rise is a blunt instrument. It will land
  on every business that moves goods by road.
next: The finance ministry said the rise would be reviewed in a year.
== beat news assembly 4
h: Budget passes National Assembly after rebels win fuel duty concession
h: Government wins budget vote after softening fuel duty rise
s: The rise in fuel duty will be phased in over two years after a revolt by members representing
  rural seats.
lede: The government's budget has passed its first vote in the National Assembly after ministers
  agreed to phase in the rise in fuel duty over two years, heading off a rebellion by members
  representing rural constituencies.
more: The main measures were approved by a majority of 23, smaller than the government's working
  majority, with several members abstaining.
quote pm: We listened, we made a sensible change, and now we can get on with delivering the budget.
quote opposition: A government that cannot get its own budget through without a climbdown is a
  government that has lost its grip.
next: The remaining measures will be debated in committee over the coming weeks.
"""

MERGER = """
key: supermarket-merger
tags: Retail | Markets | Economy
days: 24 6
authors: priya-castellane
place: Northport
cast harvest: Aurelio Stanmore | the chief executive of Harvest & Co
cast green: Joanna Feld | the chief executive of Greenmarket
cast regulator: Bernard Ocampo-Whit | the chair of the Competition Authority
cast analyst: Kit Marriner | a retail analyst at Fenwick Securities
cast consumer: Dolores Achterberg | of the consumer group Fair Basket
cast union: Samir Haddow | the national secretary of the shopworkers' union
val value: 4.2 | 4.8 | 5.1
range stores: 620 780 10
range share: 31 36 1
range staff: 48000 61000 1000
range premium: 28 36 1
range closures: 40 70 5
context: Harvest & Co and Greenmarket are the second and fourth largest grocers in the country.
  Together they would run about {stores} shops and employ {staff} people.
context: Food prices have risen sharply over the past two years, and supermarkets have faced
  accusations, which they deny, of using inflation to widen their margins.
context: The Competition Authority blocked a smaller grocery merger six years ago on the grounds
  that it would reduce choice in rural areas.
quote consumer: When two big chains become one, shoppers rarely end up paying less. We want the
  regulator to look at this very carefully.
quote analyst: The logic is scale. Buying power is everything in food retail, and this deal gives
  them a lot more of it.
number: The combined group would have a market share of about {share}%, making it the largest
  grocer in the country.
number: Harvest & Co is offering {value} billion crowns, a premium of {premium}% to Greenmarket's
  share price before talks were disclosed.
facts: The deal
fact: Value: {value} billion crowns
fact: Combined stores: about {stores}
fact: Combined staff: about {staff}
fact: Market share: about {share}%
fact: Needs approval from the Competition Authority
caption chart: Greenmarket shares jumped after the offer was announced.
caption chart: Food prices have risen faster than wages over the past two years.
caption street: A Greenmarket shop on a high street in Northport.
caption crowd: Shoppers in a Harvest & Co store in Aldergate.
== beat business chart 4
h: Harvest & Co agrees {value} billion crown takeover of Greenmarket
h: Supermarket giant created as Harvest & Co buys Greenmarket
s: The deal would create the country's biggest grocer with about {stores} shops, but faces scrutiny
  from the competition regulator.
lede: Harvest & Co has agreed to buy its smaller rival Greenmarket for {value} billion crowns, in a
  deal that would create the country's largest supermarket group.
more: Greenmarket's board said it would recommend the offer to shareholders. Its shares rose by [a
  quarter|more than 25%] in early trading.
quote harvest: Together we can buy better, invest more and bring prices down for customers. That is
  the whole point of this deal.
quote green: This is the right home for Greenmarket and the right outcome for our shareholders, our
  staff and our customers.
next: The deal is expected to be completed next year, subject to regulatory approval.
== beat business crowd 3
h: Shopworkers' union seeks job guarantees in Harvest-Greenmarket deal
h: Unions fear store closures after Harvest & Co takeover
s: The union says up to {closures} shops could close where the two chains overlap.
lede: The shopworkers' union has demanded guarantees on jobs from Harvest & Co, warning that up to
  {closures} shops could close in towns where the company and Greenmarket have stores close to each
  other.
more: Harvest & Co has said it has no plans for large-scale closures, but has not ruled out selling
  some shops to satisfy the regulator.
quote union: Our members have heard promises before. We want commitments in writing, not a line in
  a press release.
next: The union will meet Harvest & Co executives next week.
== beat business assembly 3
h: Competition Authority opens in-depth inquiry into supermarket merger
h: Regulator to scrutinise Harvest & Co's Greenmarket takeover
s: The watchdog says the deal could lead to higher prices in more than 100 local areas.
lede: The Competition Authority has opened an in-depth investigation into Harvest & Co's takeover
  of Greenmarket, saying the deal could push up prices for shoppers in more than 100 towns.
more: The regulator said the companies could avoid a full inquiry by offering to sell stores in the
  affected areas, but had not done so.
quote regulator: Groceries are the one thing every household buys every week. We owe it to shoppers
  to get this right.
next: The inquiry will report within six months.
== beat business street 3
h: Harvest & Co offers to sell {closures} shops to win merger approval
h: Supermarket deal back on track as Harvest & Co offers store sales
s: The shops would be sold to smaller rivals in towns where the two chains compete directly.
lede: Harvest & Co has offered to sell {closures} shops to rival grocers in an attempt to win
  approval for its takeover of Greenmarket.
more: Most of the stores are in market towns in the north and east, where the regulator found the
  two chains were each other's main competitor.
quote harvest: We have listened to the authority's concerns and we have come forward with a
  substantial package.
quote consumer: This is a step in the right direction, but selling shops to a weak buyer is not the
  same as keeping competition alive.
next: The authority will consult on the offer before making a final decision.
"""

STORYLINES = (BUDGET, MERGER)

FORMATS = """
== format results 2
tags: Markets | Economy
scenes: chart skyline
agency: yes
pick company: companies
range profit: 40 900 10
range change: 4 38 1
range revenue: 1 12 1
range dividend: 2 9 1
val direction: rise | jump | climb
cast boss: @ | the chief executive of {company}
cast finance: @ | {company}'s finance director
cast analyst: @ | an analyst at [Fenwick Securities|Harrow Capital|Lanyard & Co]
place: {company_town}
h: {company} profits [rise|jump] {change}% on strong demand
h: {company} reports {change}% profit {direction} and raises dividend
s: The {company_sector} company said it expected another good year, despite higher costs.
lede: {company}, the {company_sector} group based in {company_town}, has reported a {change}% rise
  in annual profit to {profit} million crowns, helped by strong demand and lower [energy|raw
  material] costs.
more: Revenue rose to {revenue}.{dividend} billion crowns. The company said it would raise its
  dividend and buy back shares.
more: Shares in {company} rose by [3|4|6]% in early trading in Astermere.
quote boss: We have had a strong year, and I am proud of what our people have achieved. We go into
  the next year with confidence, but not complacency.
quote finance: We have kept a tight grip on costs while continuing to invest in the business.
quote analyst: These are solid numbers. The question for investors is how much of the good news was
  already in the price.
context: Companies across the {company_sector} sector have benefited from a fall in energy prices
  from last year's peaks.
number: The company employs about [3,200|4,800|7,500] people, most of them in Carvenia.
next: {company} will hold its annual meeting [next month|in the spring].
caption chart: Shares in {company} have risen over the past year.
caption skyline: The headquarters of {company} in {company_town}.

== format layoffs 3
tags: Jobs | Economy
scenes: street skyline
pick company: companies
range jobs: 120 900 20
range staff: 1400 6000 100
cast boss: @ | the chief executive of {company}
cast union: @ | a regional organiser for the Carvenian Workers' Union
cast worker: @ | who has worked at the site for 22 years
cast mayor: @ | the mayor of {company_town}
place: {company_town}
h: {company} to cut {jobs} jobs at {company_town} site
h: Blow for {company_town} as {company} announces {jobs} job losses
s: The {company_sector} company blamed weak demand and higher costs. Unions called the decision a
  betrayal.
lede: {company} is to cut {jobs} jobs at its site in {company_town}, blaming weak demand and rising
  costs, in a blow to a town where it is one of the largest employers.
more: The company, which employs about {staff} people in Carvenia, said it would seek volunteers
  for redundancy first and would offer retraining to those affected.
quote boss: This is a painful decision and not one we have taken lightly. We have to act now to
  protect the long-term future of the business.
quote union: These workers have given this company years of loyal service. They deserve better than
  a press release on a Monday morning.
quote worker: Half of this town works here or supplies the plant. Everybody knows somebody who is
  going to be affected.
quote mayor: I will be asking the company to meet us urgently. We will do everything we can to find
  new work for the people affected.
context: The {company_sector} industry has struggled with weak orders from abroad and competition
  from cheaper imports.
number: Unemployment in the region is about [6|7|8]%, above the national average.
next: Consultation with staff representatives will last 45 days.
caption street: The {company} site in {company_town}.
caption skyline: {company_town}, where {company} is a major employer.

== format inflation 3
tags: Economy | Interest rates
scenes: chart street
agency: yes
max: 2
val rate: 2.8 | 3.1 | 3.4 | 3.6
val previous: 3.9 | 4.2 | 4.4
val food: 4.9 | 5.6 | 6.1
cast statistician: @ | the head of prices at the national statistics office
cast minister: Edmund Varga-Lisle | the finance minister
cast economist: @ | the chief economist at Meridian Bank
place: Astermere
h: Inflation falls to {rate}%, lowest in [two years|18 months]
h: Price rises slow to {rate}% as energy costs ease
s: Food prices are still rising faster than the headline rate, the statistics office said.
lede: Inflation fell to {rate}% last month from {previous}%, the lowest rate in [two years|18
  months], as falling energy prices offset further increases in the cost of food.
more: The figure was slightly lower than economists had expected, raising hopes that the central
  bank could cut interest rates before the end of the year.
quote statistician: Lower petrol and heating costs drove the fall, but food prices are still rising
  faster than the headline rate.
quote minister: This is welcome news for families, and a sign that our plan is working. But I know
  that prices are still too high.
quote economist: The trend is going the right way. The central bank will want to see another month
  or two of this before it moves.
context: Inflation peaked at more than 9% two years ago, the highest rate for a generation.
number: Food prices rose by {food}% over the year.
next: The central bank's next rate decision is due in three weeks.
caption chart: Inflation has fallen from its peak two years ago.
caption street: Shoppers on a high street in Northport.

== format rates 3
tags: Interest rates | Economy | Housing
scenes: chart assembly
agency: yes
max: 2
val rate: 3.75 | 4 | 4.25
cast governor: Ottoline Reyes-Hart | the governor of the central bank
cast economist: @ | the chief economist at the Federation of Employers
cast broker: @ | a mortgage broker in Northport
place: Astermere
h: Central bank holds interest rates at {rate}% but signals cuts ahead
h: Interest rates kept at {rate}% as central bank waits for inflation to fall
s: The governor said rates could fall next year if inflation keeps easing.
lede: The central bank has kept interest rates at {rate}% for the [third|fourth] meeting in a row,
  but signalled that cuts could come next year if inflation continues to fall.
more: The decision was backed by [six of the seven|five of the seven] members of the monetary
  policy committee. The remaining members voted for an immediate cut.
quote governor: We have made good progress, but the job is not done. We need to be sure that
  inflation is coming down for good before we ease policy.
quote economist: Businesses are holding back investment until they see rates fall. Every month of
  waiting has a cost.
quote broker: My clients are asking one question: should I fix now or wait? Today's decision does
  not make that any easier.
context: Rates were raised eleven times in two years as inflation climbed to its highest level in a
  generation.
number: About 400,000 households are due to come off fixed-rate mortgages in the next year.
next: The next decision is due in six weeks.
caption chart: Interest rates have been held since last year.
caption assembly: The central bank in Astermere.

== format startup 2
tags: Technology | Jobs
scenes: laboratory skyline
pick company: companies
range raise: 18 140 2
range staff: 40 220 10
val product: a battery for electric buses | software that helps hospitals schedule operations | a
  sensor that detects leaks in water pipes | a robot that sorts recycling
cast founder: @ | the co-founder and chief executive of [Tidewell|Lumina Grid|Kestrel
  Labs|Brightloop]
cast investor: @ | a partner at the venture fund Northgate Capital
cast minister: @ | the science and innovation minister
place: Northport
h: Northport start-up raises {raise} million crowns to make {product}
h: Investors back Northport start-up behind {product}
s: The company, founded four years ago, plans to double its workforce to {staff}.
lede: A Northport start-up that makes {product} has raised {raise} million crowns from investors,
  one of the largest funding rounds for a young company in the city this year.
more: The company, which began in a spare room at the University of Northport four years ago, plans
  to use the money to build a factory and double its workforce to {staff}.
quote founder: We started with two people and an idea. Now we have customers in six countries and a
  product that works.
quote investor: The team is exceptional and the market is huge. We think this could be one of the
  country's next big technology companies.
quote minister: This is exactly the kind of company we want to see grow here rather than move
  abroad.
context: Northport has become a hub for technology companies in recent years, helped by the
  university and lower rents than Astermere.
number: Start-ups in Carvenia raised about 2.1 billion crowns last year, according to the Venture
  Association.
next: The company expects to begin production next year.
caption laboratory: Engineers at work in the company's Northport workshop.
caption skyline: Northport's technology quarter.

== format houses 3
tags: Housing | Economy | Interest rates
scenes: skyline street
agency: yes
max: 3
val change: 0.4 | 0.8 | 1.2 | 1.5
range price: 310 380 5
cast economist: @ | the head of research at the Property Federation
cast buyer: @ | a first-time buyer in Eastfield
cast agent: @ | an estate agent in Aldergate
place: Northport
h: House prices rise {change}% as mortgage rates ease
h: Property market picks up as house prices rise for third month
s: The average home now costs {price},000 crowns, according to the Property Federation.
lede: House prices rose by {change}% last month, the third monthly rise in a row, as lower mortgage
  rates brought buyers back into the market.
more: The average home now costs about {price},000 crowns, according to the Property Federation,
  still slightly below the peak reached two years ago.
quote economist: Buyers are returning, but cautiously. This is a recovery, not a boom.
quote buyer: We have been saving for five years. Every time we get close, prices move again.
quote agent: Viewings are up and sellers are a bit more realistic than they were last year.
context: Prices fell by about 5% in the year after interest rates began to rise.
number: Northport prices are about 18% above the national average.
next: The federation expects prices to rise modestly over the next year.
caption skyline: Homes in Northport.
caption street: A residential street in Aldergate.

== format energy 3
tags: Energy | Economy
scenes: fields chart
max: 3
range cut: 6 14 1
range bill: 1800 2600 50
cast regulator: @ | the chief executive of the energy regulator
cast charity: @ | the director of the fuel poverty charity Warm Homes
cast boss: @ | the chief executive of Saltmarsh Energy
place: Astermere
h: Household energy bills to fall by {cut}% as wholesale prices ease
h: Energy price cap cut by {cut}%, saving households about 200 crowns
s: The regulator says the typical bill will fall to {bill} crowns a year, still well above
  pre-crisis levels.
lede: Household energy bills will fall by {cut}% from next quarter, the energy regulator has
  announced, as wholesale gas prices continue to ease.
more: The typical household will pay about {bill} crowns a year, down from last winter but still
  about a third higher than before the energy crisis.
quote regulator: This is welcome relief. But bills are still high, and we know many households are
  struggling.
quote charity: A small cut does not undo two years of damage. Many families are still in debt to
  their supplier.
quote boss: We are passing on lower costs as quickly as we can.
context: Wind farms now produce about a third of the country's electricity, up from a fifth five
  years ago.
number: About 600,000 households are behind on their energy bills, according to the regulator.
next: The regulator will review the price cap again in three months.
caption fields: Wind turbines on the hills above Marrowby.
caption chart: Wholesale gas prices have fallen from their peak.

== format markets 1
tags: Markets | Economy
scenes: chart skyline
agency: yes
max: 4
val move: 1.2 | 1.6 | 2.1 | 2.4
val sector: banks | carmakers | energy companies | technology companies
pick company: companies
cast analyst: @ | a strategist at Harrow Capital
cast trader: @ | a trader at Lanyard & Co
place: Astermere
h: Shares [fall|slide] {move}% as {sector} lead markets lower
h: Astermere stock market [rises|gains] {move}% led by {sector}
s: Investors reacted to new figures on growth and to comments from the central bank.
lede: The main share index in Astermere closed {move}% [lower|higher] {when}, with {sector} among
  the biggest movers, as investors reacted to new figures on economic growth.
more: Shares in {company} were among the most actively traded. The crown was little changed against
  the continental currency.
quote analyst: The market is trying to work out when rates will fall and how strong the economy
  will be when they do. Days like this are the result.
quote trader: It was a nervous session. Nobody wants to be caught on the wrong side before the
  central bank meets.
context: The index has risen by about 8% since the start of the year.
number: About 1.9 billion shares changed hands, above the daily average.
next: Figures on retail sales are due later this week.
caption chart: The main share index over the past month.
caption skyline: The financial district in Astermere.
"""
