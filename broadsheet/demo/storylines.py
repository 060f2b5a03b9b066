"""Running storylines of the demo newspaper: events reported across several days."""

# Template mini-language, expanded by broadsheet.demo.writer: "[a|b|c]" picks one alternative,
# "{name}" takes a value from the storyline's vals, its cast or the story (when, photo_when, place).
# Cast entries are (name, role as it follows the name: "the mayor of Northport").
# Beats run in order across the storyline's days (first day ago, last day ago).

PORT_STRIKE = {
    "key": "port-strike",
    "tags": ("Port strike", "Northport", "Labour", "Transport"),
    "days": (26, 1),
    "authors": ("marguerite-dunmore", "priya-castellane"),
    "place": "Northport",
    "cast": {
        "union": ("Halvard Brennick", "the general secretary of the Harbour Workers' Union"),
        "port": ("Sunniva Ostrander", "the chief executive of the Northport Port Authority"),
        "docker": ("Joaquim Dallow", "a crane driver who has worked at the terminal for 19 years"),
        "chamber": ("Rhiannon Teague", "the chair of the Northport Chamber of Commerce"),
        "minister": ("Matthias Erdmann-Cole", "the employment minister"),
        "mayor": ("Cordelia Fairweather", "the mayor of Northport"),
    },
    "vals": {
        "workers": (1800, 2900, 50),
        "claim": ("8", "9", "10"),
        "offer": ("3.5", "4"),
        "revised": ("5", "5.5"),
        "deal": ("6.5", "7"),
        "ships": (24, 48, 1),
        "cost": (12, 19, 1),
        "share": (38, 46, 1),
        "jobs": (11000, 16000, 500),
        "years": ("four", "five"),
        "fall": (9, 14, 1),
        "profit": (140, 220, 5),
        "vote_pct": (78, 93, 1),
        "turnout": (70, 86, 1),
        "boxes": (9000, 14000, 500),
        "auto": (300, 480, 20),
    },
    "context": (
        "Northport handles about {share}% of the country's container traffic, and the port and the "
        "businesses that depend on it employ an estimated {jobs} people across the city.",
        "Dock workers last received a rise above inflation {years} years ago, according to the "
        "union, which says average earnings at the port have fallen by about {fall}% in real terms "
        "since then.",
        "The port authority, which is owned by the city but run at arm's length, reported an "
        "operating profit of {profit} million crowns last year, a figure the union has [repeatedly "
        "cited|returned to again and again] during negotiations.",
        "The dispute has also exposed tensions over automation. The authority is midway through a "
        "{auto} million crown programme to install remote-controlled cranes, which the union fears "
        "will cost jobs on the quayside.",
        "On a normal day the terminal handles around {boxes} containers, from fresh fruit and "
        "medicines to car parts bound for factories in the north of the country.",
    ),
    "quotes": (
        (
            "chamber",
            "Northport is a trading city. When the port stops, the rest of us feel it within days.",
        ),
        (
            "union",
            "This has never only been about money. It is about respect for people who do a "
            "hard and dangerous job in all weathers.",
        ),
        (
            "port",
            "We want a settlement that is fair to our workforce and keeps this port "
            "competitive for the next 20 years.",
        ),
        (
            "mayor",
            "I want to see both sides in a room until this is resolved. The city cannot "
            "afford a long dispute, and neither can the families involved.",
        ),
    ),
    "numbers": (
        "The union's original claim was for a rise of {claim}%, against the authority's opening "
        "offer of {offer}%. Inflation has averaged close to 6% over the past two years.",
        "Shipping analysts estimate that {ships} vessels [have been|were] diverted or delayed, with "
        "some lines routing cargo through Kestrel Bay, a smaller port with a fraction of "
        "Northport's capacity.",
    ),
    "facts": (
        "The dispute in numbers",
        (
            "{workers} dock workers are represented by the Harbour Workers' Union",
            "{claim}%: the union's original pay claim",
            "{offer}%: the port authority's first offer",
            "{cost} million crowns: estimated daily cost to the regional economy",
            "{share}% of the country's container traffic passes through Northport",
        ),
    ),
    "captions": {
        "harbour": (
            "Container cranes stand idle at the Northport terminal {photo_when}.",
            "Ships wait at anchor off Northport as the dispute continues.",
        ),
        "crowd": (
            "Dock workers gather outside the container terminal in Northport {photo_when}.",
            "Members of the Harbour Workers' Union on the picket line at the main port gate.",
        ),
        "chart": ("Trade through Northport has fallen sharply since the stoppages began.",),
        "assembly": ("The employment ministry in Astermere, where talks were held.",),
    },
    "beats": (
        {
            "section": "news",
            "scene": "crowd",
            "weight": 4,
            "h": (
                "Northport dock workers vote for strike action over pay",
                "Dockers back strike at Northport in row over pay offer",
            ),
            "s": "The Harbour Workers' Union says {vote_pct}% of members voted for a walkout after "
            "the port authority offered a rise of {offer}%.",
            "lede": "Dock workers at Northport have voted [overwhelmingly|by a wide margin] to "
            "strike, raising the prospect of the first stoppage at the country's busiest "
            "container port in more than a decade.",
            "more": (
                "The Harbour Workers' Union said {vote_pct}% of members who took part backed a "
                "walkout, on a turnout of {turnout}%. The union is seeking a rise of {claim}% and "
                "a guarantee of no compulsory redundancies while new cranes are installed.",
            ),
            "quotes": (
                (
                    "union",
                    "Our members have kept this port running through storms, shortages and "
                    "a pandemic. They are not prepared to accept another real-terms pay cut.",
                ),
                (
                    "port",
                    "We remain committed to talks and believe our offer is fair and "
                    "affordable. A strike would harm the whole city, including the people who work "
                    "here.",
                ),
            ),
            "next": "The union must give two weeks' notice of any action. Talks between the two "
            "sides are expected to resume [early next week|within days].",
        },
        {
            "section": "news",
            "scene": "harbour",
            "weight": 5,
            "h": (
                "Cranes fall silent as Northport dock strike begins",
                "Strike shuts Northport container terminal as ships queue offshore",
            ),
            "s": "More than {workers} workers walk out in the first of a series of stoppages, "
            "leaving vessels waiting in the estuary.",
            "lede": "The container terminal at Northport came to a standstill {when} as dock "
            "workers began the first of a series of [48-hour|72-hour] strikes in a dispute over "
            "pay.",
            "more": (
                "Pickets gathered at the main gate from 6am, and by mid-morning the port authority "
                "confirmed that no vessels were being loaded or unloaded. At least {ships} ships "
                "were anchored offshore waiting for a berth.",
                "Police said the picket had been [good-natured|peaceful] and that no arrests had "
                "been made. Lorry drivers queued along the dock road before being turned away.",
            ),
            "quotes": (
                (
                    "docker",
                    "Nobody here wants to be standing at a gate in the rain. But the cost "
                    "of everything has gone up and our wages have not moved.",
                ),
                (
                    "port",
                    "We have contingency plans for perishable and medical cargo, and we are "
                    "working with shipping lines to keep disruption to a minimum.",
                ),
            ),
            "next": "Further stoppages are planned for next week unless a new offer is made.",
        },
        {
            "section": "business",
            "scene": "chart",
            "weight": 3,
            "authors": ("priya-castellane",),
            "h": (
                "Port strike costing Northport {cost} million crowns a day, chamber says",
                "Retailers warn of empty shelves as Northport port strike bites",
            ),
            "s": "Importers of fruit and car parts are worst hit as shipping lines divert cargo "
            "to smaller ports.",
            "lede": "The strike at Northport's container port is costing the regional economy an "
            "estimated {cost} million crowns a day, according to the city's Chamber of Commerce, "
            "as shipping lines divert vessels to Kestrel Bay and to ports abroad.",
            "more": (
                "Importers of fresh produce and car parts have been hit hardest. Two supermarket "
                "chains said they had begun flying in some fruit, at several times the usual "
                "cost, while a components plant in Aldergate has cut a shift.",
            ),
            "quotes": (
                (
                    "chamber",
                    "Every day this goes on, businesses that have nothing to do with the "
                    "dispute are paying for it. We urge both sides to get back around the table.",
                ),
            ),
            "next": "The chamber said it would publish a fuller estimate of the cost of the "
            "dispute at the end of the month.",
        },
        {
            "section": "news",
            "scene": "crowd",
            "weight": 4,
            "h": (
                "Northport port talks collapse as union rejects revised offer",
                "Dockers reject improved {revised}% offer as Northport strike goes on",
            ),
            "s": "The port authority raised its offer to {revised}%, but the union says it still "
            "falls short of the rising cost of living.",
            "lede": "Talks to end the strike at Northport's port broke down {when} after the "
            "Harbour Workers' Union rejected an improved pay offer of {revised}%, saying it "
            "still left its members worse off.",
            "more": (
                "The two sides met for nine hours at a hotel near the docks. The authority's "
                "revised offer included a one-off payment of 1,500 crowns, but the union said it "
                "contained no guarantees on jobs once the new cranes are running.",
            ),
            "quotes": (
                (
                    "union",
                    "We moved a long way today. The other side moved a few inches and "
                    "called it a leap.",
                ),
                (
                    "port",
                    "This is a generous offer and we are disappointed it has been turned "
                    "down. Our door remains open.",
                ),
            ),
            "next": "No date has been set for further talks. The union said its next stoppage "
            "would go ahead as planned.",
        },
        {
            "section": "news",
            "scene": "assembly",
            "weight": 4,
            "place": "Astermere",
            "authors": ("marguerite-dunmore",),
            "h": (
                "Minister steps in to broker talks in Northport port dispute",
                "Government summons both sides in Northport strike to Astermere",
            ),
            "s": "The employment minister says the country cannot afford a long stoppage at its "
            "biggest port.",
            "lede": "The government has summoned the port authority and the dock workers' union "
            "to talks in Astermere, in the clearest sign yet of alarm over the economic cost of "
            "the strike at Northport.",
            "more": (
                "The employment minister will chair the talks himself, officials said, and an "
                "independent arbitrator has been asked to be on standby. Ministers have ruled out "
                "using emergency powers to order a return to work.",
            ),
            "quotes": (
                (
                    "minister",
                    "This is a dispute between an employer and its workforce, and it is "
                    "for them to settle it. But I am not prepared to stand by while the economy "
                    "pays the price.",
                ),
            ),
            "next": "Both sides confirmed they would attend. The talks are expected to last "
            "several days.",
        },
        {
            "section": "news",
            "scene": "harbour",
            "weight": 5,
            "h": (
                "Dock workers accept {deal}% pay deal, ending Northport port strike",
                "Northport port strike ends as union members back {deal}% deal",
            ),
            "s": "Cranes are moving again after five weeks of stoppages, but clearing the backlog "
            "could take a fortnight.",
            "lede": "Dock workers at Northport have voted to accept a pay deal worth {deal}% over "
            "two years, bringing an end to a five-week dispute that brought the country's "
            "busiest port to a halt.",
            "more": (
                "The agreement, reached after three days of talks in Astermere, also commits the "
                "port authority to no compulsory redundancies for four years and to retrain crane "
                "drivers to operate the new remote-controlled equipment.",
            ),
            "quotes": (
                (
                    "union",
                    "This deal is the result of the determination of our members. They "
                    "stood together and they have won a fair settlement.",
                ),
                (
                    "port",
                    "I am relieved that this is over and grateful to everyone who helped "
                    "reach an agreement. Now we have a backlog to clear.",
                ),
            ),
            "next": "The first ship to be unloaded since the deal was a refrigerated vessel "
            "carrying fruit, which berthed shortly after 7am.",
        },
        {
            "section": "business",
            "scene": "harbour",
            "weight": 3,
            "authors": ("priya-castellane",),
            "h": (
                "Northport port races to clear backlog after strike ends",
                "Shipping lines return to Northport as port works round the clock",
            ),
            "s": "Extra shifts are being run to unload waiting ships, but some importers say the "
            "damage has been done.",
            "lede": "The port of Northport is running extra night shifts to clear a backlog of "
            "containers after the end of the dock strike, with shipping lines returning vessels "
            "that had been sent to other ports.",
            "more": (
                "The port authority said it expected to be back to normal within a fortnight. "
                "More than 30,000 containers are estimated to have been delayed during the "
                "dispute.",
            ),
            "quotes": (
                (
                    "chamber",
                    "Some of our members have lost customers they will not win back. The "
                    "city needs to make sure this never happens again.",
                ),
            ),
            "next": "The authority will publish a review of the dispute and of its automation "
            "programme later this year.",
        },
    ),
    "analysis": {
        "h": (
            "Why the Northport dock strike was about more than pay",
            "Automation, not wages, lies at the heart of Northport's port dispute",
        ),
        "s": "Behind the argument over percentages is a fear shared by dock workers around the "
        "world: that the next crane will not need a driver.",
        "paras": (
            "On paper the dispute at Northport is a familiar one: a union asking for a rise that "
            "keeps pace with prices and an employer insisting it cannot afford it. Talk to the "
            "people on the picket line, though, and the conversation soon turns to the cranes.",
            "Remote-controlled cranes are already common in the largest ports abroad. One operator "
            "in an office can handle the work of several drivers in a cab, and the machines do "
            "not need breaks. For a port authority under pressure to cut costs, the case is "
            "obvious.",
            "For the union, it is an existential question. A pay rise matters less if the job "
            "itself may not exist in ten years, which is why guarantees on redundancies have "
            "proved harder to settle than the headline figure.",
        ),
    },
}

BUDGET = {
    "key": "budget",
    "tags": ("Budget", "Taxation", "Economy"),
    "days": (21, 2),
    "authors": ("tobias-wrenfield", "priya-castellane"),
    "place": "Astermere",
    "cast": {
        "minister": ("Edmund Varga-Lisle", "the finance minister"),
        "opposition": ("Gideon Marlowe", "the opposition's finance spokesman"),
        "institute": ("Selma Ravensworth", "the director of the Carvenian Budget Institute"),
        "pm": ("Constance Harrowgate", "the prime minister"),
        "business": ("Felix Ambrose-Kane", "the director general of the Federation of Employers"),
        "charity": ("Maud Ellery", "the chief executive of the anti-poverty charity Open Door"),
    },
    "vals": {
        "deficit": ("3.1", "3.4", "3.8"),
        "spend": (14, 22, 1),
        "health": (3, 6, 1),
        "fuel": ("4", "5", "6"),
        "threshold": (14000, 18000, 500),
        "households": (1200000, 1900000, 100000),
        "growth": ("1.1", "1.3", "1.6"),
        "debt": (61, 68, 1),
        "homes": (40000, 60000, 5000),
    },
    "context": (
        "It is the government's first full budget since the election two years ago, and comes "
        "as growth has slowed to an expected {growth}% this year.",
        "Public debt stands at about {debt}% of national income, and the budget deficit is "
        "forecast at {deficit}% this year, above the 3% limit the government set itself.",
        "The finance ministry has been under pressure from its own backbenchers to ease the "
        "squeeze on household budgets, and from business groups to leave taxes on companies "
        "alone.",
    ),
    "quotes": (
        (
            "institute",
            "The numbers only add up if growth picks up. If it does not, the next "
            "finance minister will have some very hard choices to make.",
        ),
        (
            "business",
            "Firms wanted stability and, on the whole, they got it. The question is "
            "whether it is enough to persuade them to invest.",
        ),
        (
            "charity",
            "For the families we work with, the detail matters far more than the "
            "headlines. A few hundred crowns a year is the difference between heating and eating.",
        ),
    ),
    "numbers": (
        "The tax-free allowance will rise to {threshold} crowns, a change the ministry says will "
        "benefit about {households} households, while fuel duty will go up by {fuel}%.",
        "Health spending will rise by {health}% in real terms, and the government has promised "
        "funding for {homes} affordable homes over the next five years.",
    ),
    "facts": (
        "The budget at a glance",
        (
            "Tax-free allowance raised to {threshold} crowns",
            "Fuel duty up {fuel}%",
            "Health spending up {health}% in real terms",
            "Deficit forecast at {deficit}% of national income",
            "Funding for {homes} affordable homes over five years",
        ),
    ),
    "captions": {
        "assembly": (
            "The National Assembly in Astermere, where the budget was presented {photo_when}.",
            "Members arrive at the National Assembly ahead of the budget statement.",
        ),
        "chart": ("Public debt as a share of national income has risen for three years.",),
        "crowd": ("Campaigners gather outside the finance ministry in Astermere.",),
    },
    "beats": (
        {
            "section": "news",
            "scene": "assembly",
            "weight": 3,
            "h": (
                "Finance minister signals tax relief for low earners in budget",
                "Budget will 'ease the squeeze' on households, says Varga-Lisle",
            ),
            "s": "Edmund Varga-Lisle hints at a higher tax-free allowance but warns there is "
            "little room for giveaways.",
            "lede": "The finance minister, Edmund Varga-Lisle, has signalled that next month's "
            "budget will raise the tax-free allowance for low earners, while warning that the "
            "state of the public finances leaves little room for wider tax cuts.",
            "more": (
                "In a speech to business leaders in Astermere, Varga-Lisle said the government "
                "would [keep to|stick to] its spending rules and would not borrow to fund "
                "permanent tax cuts.",
            ),
            "quotes": (
                (
                    "minister",
                    "I understand how hard the past two years have been for families. I "
                    "will help where I can, but I will not gamble with the country's finances.",
                ),
                (
                    "opposition",
                    "After two years of rising bills, a few warm words are not going "
                    "to pay anyone's rent.",
                ),
            ),
            "next": "The budget will be presented to the National Assembly later this month.",
        },
        {
            "section": "business",
            "scene": "chart",
            "weight": 3,
            "authors": ("priya-castellane",),
            "h": (
                "Budget watchdog warns growth forecasts are too optimistic",
                "Treasury's sums rely on rosy growth figures, institute warns",
            ),
            "s": "The Carvenian Budget Institute says the deficit could miss its target by a "
            "wide margin if the economy stalls.",
            "lede": "The government's budget plans rest on growth forecasts that are [too "
            "optimistic|unrealistically rosy], the Carvenian Budget Institute has warned, "
            "days before the finance minister presents them to parliament.",
            "more": (
                "The institute said the ministry had assumed growth of {growth}% next year, "
                "about half a percentage point higher than most independent forecasters "
                "expect.",
            ),
            "quotes": (
                (
                    "institute",
                    "There is nothing wrong with hoping for the best. There is "
                    "something wrong with planning on it.",
                ),
            ),
            "next": "The finance ministry said its forecasts were prudent and had been checked "
            "by independent officials.",
        },
        {
            "section": "news",
            "scene": "assembly",
            "weight": 5,
            "h": (
                "Budget raises tax-free allowance and fuel duty as deficit stays high",
                "Varga-Lisle's first budget: help for low earners, higher fuel duty",
            ),
            "s": "The finance minister promises more money for hospitals and homes, paid for by "
            "higher fuel duty and a crackdown on tax avoidance.",
            "lede": "The finance minister, Edmund Varga-Lisle, has raised the tax-free allowance "
            "to {threshold} crowns and promised more money for hospitals, in a budget he said "
            "would [ease the squeeze|lift the pressure] on working families.",
            "more": (
                "Presenting the budget to the National Assembly, Varga-Lisle said the changes "
                "would be paid for partly by a {fuel}% rise in fuel duty and partly by a "
                "crackdown on tax avoidance expected to raise {spend} billion crowns over five "
                "years.",
            ),
            "quotes": (
                (
                    "minister",
                    "This is a budget for the people who get up early, work hard and "
                    "have seen their pay swallowed by rising prices.",
                ),
                (
                    "opposition",
                    "The minister gives with one hand and takes with the other. Every "
                    "driver in the country will be paying for today's headlines.",
                ),
            ),
            "next": "The Assembly will vote on the budget's main measures next week.",
        },
        {
            "section": "business",
            "scene": "chart",
            "weight": 3,
            "authors": ("priya-castellane",),
            "h": (
                "Hauliers and farmers attack budget rise in fuel duty",
                "Fuel duty rise will push up prices, warn haulage firms",
            ),
            "s": "Transport groups say the {fuel}% increase will feed through to the cost of food "
            "and goods.",
            "lede": "Haulage companies and farmers have warned that the {fuel}% rise in fuel duty "
            "announced in the budget will push up the price of food and goods, [undoing|"
            "cancelling out] much of the help offered to low earners.",
            "more": (
                "The Road Haulage Association said the increase would add about 2,400 crowns a "
                "year to the cost of running a single lorry.",
            ),
            "quotes": (
                (
                    "business",
                    "The direction is right, but the fuel duty rise is a blunt "
                    "instrument. It will land on every business that moves goods by road.",
                ),
            ),
            "next": "The finance ministry said the rise would be reviewed in a year.",
        },
        {
            "section": "news",
            "scene": "assembly",
            "weight": 4,
            "h": (
                "Budget passes National Assembly after rebels win fuel duty concession",
                "Government wins budget vote after softening fuel duty rise",
            ),
            "s": "The rise in fuel duty will be phased in over two years after a revolt by "
            "members representing rural seats.",
            "lede": "The government's budget has passed its first vote in the National Assembly "
            "after ministers agreed to phase in the rise in fuel duty over two years, heading off "
            "a rebellion by members representing rural constituencies.",
            "more": (
                "The main measures were approved by a majority of 23, smaller than the "
                "government's working majority, with several members abstaining.",
            ),
            "quotes": (
                (
                    "pm",
                    "We listened, we made a sensible change, and now we can get on with "
                    "delivering the budget.",
                ),
                (
                    "opposition",
                    "A government that cannot get its own budget through without a "
                    "climbdown is a government that has lost its grip.",
                ),
            ),
            "next": "The remaining measures will be debated in committee over the coming weeks.",
        },
    ),
    "analysis": {
        "h": (
            "The budget's real gamble is hidden in the growth forecast",
            "Varga-Lisle's budget bets on a recovery that may not come",
        ),
        "s": "The tax-free allowance made the headlines. The assumption that will decide whether "
        "the sums add up was buried on page 40.",
        "paras": (
            "Budgets are political documents, and this one was built to be read in a single "
            "sentence: help for low earners, paid for by drivers and tax dodgers. The harder "
            "question is what happens if the economy does not behave.",
            "Almost every figure in the ministry's tables depends on growth picking up next year. "
            "If it does, revenues rise, the deficit narrows and the minister looks prudent. If it "
            "does not, the gap will have to be filled by borrowing, cuts or taxes that nobody "
            "mentioned on budget day.",
            "None of that makes the budget reckless. It does make it a bet, and the people who "
            "will pay if it goes wrong are the same households it is meant to help.",
        ),
    },
}

CUP_RUN = {
    "key": "cup-run",
    "tags": ("Founders Cup", "Northport Athletic", "Football"),
    "days": (28, 0),
    "authors": ("callum-brightwater",),
    "place": "Northport",
    "cast": {
        "manager": ("Piet Vandermolen", "the Northport Athletic manager"),
        "captain": ("Dario Quennell", "the Athletic captain"),
        "striker": ("Teo Albescu", "the Athletic striker"),
        "keeper": ("Ruairi Castell", "the Athletic goalkeeper"),
        "fan": ("Wendell Okri", "who has held a season ticket at Quayside Park for 30 years"),
        "rival": ("Jonas Brightley", "the Astermere City manager"),
    },
    "vals": {
        "crowd": (14000, 21000, 250),
        "years": ("31", "34", "38"),
        "goals": (5, 8, 1),
        "tickets": (18000, 26000, 500),
    },
    "context": (
        "Athletic have not won the Founders' Cup for {years} years, and were in the second "
        "division as recently as three seasons ago.",
        "Vandermolen took over at Quayside Park two years ago with the club close to the "
        "relegation places, and has built his side around young players from the club's own "
        "academy.",
        "Albescu, signed for a modest fee from a second-division side last summer, has scored "
        "{goals} goals in the competition so far.",
    ),
    "quotes": (
        (
            "fan",
            "I have waited a long time for a season like this. The whole city is talking "
            "about football again.",
        ),
        (
            "manager",
            "We do not look too far ahead. The next game is the only one that matters, "
            "and that is not a cliché, it is how this group works.",
        ),
    ),
    "numbers": (
        "A crowd of {crowd} filled Quayside Park, the biggest attendance at the ground for more "
        "than a decade.",
        "The club said it had received applications for more than {tickets} tickets within an "
        "hour of going on sale.",
    ),
    "facts": (
        "Athletic's road to the final",
        (
            "Round of 16: Northport Athletic 2 Torwick Rovers 0",
            "Quarter-final: Kestrel Bay United 1 Northport Athletic 2",
            "Semi-final: Northport Athletic 3 Astermere City 2 (after extra time)",
            "Final: Fenhallow Wanderers, National Stadium, Astermere",
        ),
    ),
    "captions": {
        "stadium": (
            "Quayside Park under the floodlights {photo_when}.",
            "Northport Athletic players warm up before kick-off.",
        ),
        "crowd": (
            "Athletic supporters celebrate outside Quayside Park after the final whistle.",
            "Fans queue for cup tickets outside the club shop in Northport.",
        ),
    },
    "beats": (
        {
            "section": "sport",
            "scene": "stadium",
            "weight": 3,
            "h": (
                "Albescu double sends Northport Athletic into Founders' Cup last eight",
                "Athletic ease past Torwick Rovers to reach cup quarter-finals",
            ),
            "s": "Teo Albescu scored in each half as Piet Vandermolen's side kept their cup run "
            "going.",
            "lede": "Teo Albescu scored twice as Northport Athletic beat Torwick Rovers 2-0 at "
            "Quayside Park to reach the quarter-finals of the Founders' Cup for the first time in "
            "[nine|eleven] years.",
            "more": (
                "Albescu opened the scoring after 23 minutes, turning his marker on the edge of "
                "the area and shooting low into the corner, and added a second from close range "
                "after the break. Torwick rarely threatened.",
            ),
            "quotes": (
                (
                    "manager",
                    "We were patient and we were professional. Teo is in the form of "
                    "his life and the lads behind him made it easy for him.",
                ),
            ),
            "next": "Athletic will travel to Kestrel Bay United in the quarter-finals.",
        },
        {
            "section": "sport",
            "scene": "stadium",
            "weight": 4,
            "place": "Kestrel Bay",
            "h": (
                "Late Quennell header takes Northport Athletic into cup semi-finals",
                "Athletic stun Kestrel Bay with stoppage-time winner",
            ),
            "s": "Dario Quennell's header in the 93rd minute settles a tense quarter-final on the "
            "coast.",
            "lede": "Dario Quennell headed a stoppage-time winner as Northport Athletic came from "
            "behind to beat Kestrel Bay United 2-1 and reach the semi-finals of the Founders' "
            "Cup.",
            "more": (
                "Kestrel Bay led at half-time through a deflected free kick, but Albescu "
                "equalised on the hour. With extra time looming, Quennell rose above two "
                "defenders to meet a corner from the right.",
            ),
            "quotes": (
                (
                    "captain",
                    "I have not scored a header since I was a teenager, so I picked a "
                    "good moment. The noise from our end at the final whistle was incredible.",
                ),
            ),
            "next": "The semi-final draw paired Athletic with Astermere City, the holders.",
        },
        {
            "section": "sport",
            "scene": "crowd",
            "weight": 3,
            "h": (
                "Cup fever in Northport as Athletic semi-final tickets sell out",
                "Queues round the block as Athletic fans chase semi-final tickets",
            ),
            "s": "Supporters camped overnight outside Quayside Park for a chance to see the "
            "semi-final against Astermere City.",
            "lede": "Tickets for Northport Athletic's Founders' Cup semi-final against Astermere "
            "City sold out in [under two hours|less than two hours] {when}, with some "
            "supporters queueing overnight outside the club shop.",
            "more": (
                "The club has arranged for the match to be shown on a big screen in Harbour "
                "Square, and the city's transport department is putting on extra trams.",
            ),
            "quotes": (
                (
                    "fan",
                    "I brought a flask, a folding chair and two jumpers. It was worth every "
                    "cold minute.",
                ),
            ),
            "next": "The semi-final will be played at Quayside Park.",
        },
        {
            "section": "sport",
            "scene": "stadium",
            "weight": 5,
            "h": (
                "Northport Athletic beat holders Astermere City to reach cup final",
                "Albescu hat-trick sinks Astermere City as Athletic reach final",
            ),
            "s": "A thrilling semi-final goes to extra time before Teo Albescu completes his "
            "hat-trick.",
            "lede": "Northport Athletic are through to their first Founders' Cup final in {years} "
            "years after Teo Albescu's hat-trick beat the holders, Astermere City, 3-2 after "
            "extra time at a delirious Quayside Park.",
            "more": (
                "City twice led, but Albescu equalised each time, the second with a penalty "
                "seven minutes from the end of normal time. His winner came in the 112th minute, "
                "a curling shot from the left-hand side of the area.",
                "Castell made a string of saves in the second half of extra time as City pushed "
                "for an equaliser.",
            ),
            "quotes": (
                (
                    "striker",
                    "I cannot describe it. I have dreamed about nights like this since I "
                    "was a boy, and now I have to try to sleep.",
                ),
                (
                    "rival",
                    "We made too many mistakes against a side that punishes them. "
                    "Congratulations to Northport, they deserved it.",
                ),
            ),
            "next": "Athletic will meet Fenhallow Wanderers in the final at the National "
            "Stadium in Astermere.",
        },
        {
            "section": "sport",
            "scene": "stadium",
            "weight": 3,
            "h": (
                "Castell passed fit for Founders' Cup final as Athletic name squad",
                "Vandermolen gets boost as Castell recovers for cup final",
            ),
            "s": "The goalkeeper had been a doubt with a hand injury suffered in the semi-final.",
            "lede": "Northport Athletic's goalkeeper, Ruairi Castell, has been passed fit for "
            "the Founders' Cup final against Fenhallow Wanderers after recovering from a hand "
            "injury.",
            "more": (
                "Castell, who made a series of saves in extra time against Astermere City, "
                "trained fully {when} wearing protective strapping.",
            ),
            "quotes": (
                ("keeper", "It is sore, but I would play this game with one arm if I had to."),
            ),
            "next": "Fenhallow go into the final unbeaten in 14 matches.",
        },
        {
            "section": "sport",
            "scene": "crowd",
            "weight": 5,
            "h": (
                "Northport prepares for cup final as thousands head to Astermere",
                "'The whole city is going': Northport counts down to cup final",
            ),
            "s": "Extra trains have been laid on and Harbour Square will host a screening for "
            "those without tickets.",
            "lede": "Northport is preparing for its biggest sporting day in a generation, with "
            "thousands of Athletic supporters expected to travel to Astermere for the Founders' "
            "Cup final against Fenhallow Wanderers.",
            "more": (
                "The national rail operator has added eight trains, and the city council has "
                "agreed to a screening in Harbour Square for up to 10,000 people.",
            ),
            "quotes": (
                (
                    "fan",
                    "My father took me to the last final. I am taking my granddaughter to "
                    "this one. That is what this club means.",
                ),
                (
                    "manager",
                    "We know what this means to the people of Northport. We will not let "
                    "the occasion get to us, but we will enjoy it.",
                ),
            ),
            "next": "Kick-off at the National Stadium is at 3pm.",
        },
    ),
    "analysis": None,
}

MUSEUM = {
    "key": "museum",
    "tags": ("Museums", "Art", "Northport"),
    "days": (27, 2),
    "authors": ("ingrid-solvang",),
    "place": "Northport",
    "cast": {
        "director": ("Anneliese Marchbank", "the director of the Harbour Museum of Art"),
        "architect": ("Tomasz Velling", "the architect who led the renovation"),
        "curator": ("Ines Calloway", "the museum's senior curator"),
        "mayor": ("Cordelia Fairweather", "the mayor of Northport"),
        "visitor": ("Hanne Oduya", "a retired teacher who was first in the queue"),
    },
    "vals": {
        "cost": (68, 94, 2),
        "works": (900, 1400, 50),
        "years": ("four", "five"),
        "visitors": (12000, 19000, 500),
        "gallery": (18, 26, 1),
    },
    "context": (
        "The Harbour Museum of Art occupies a former customs house on the quay. It closed "
        "{years} years ago after inspectors found damp and failing wiring in the 19th-century "
        "building.",
        "The renovation has cost {cost} million crowns, paid for by the city, a national "
        "heritage fund and private donors, and has added a glass extension facing the water.",
        "The museum's collection of about {works} works is strongest in coastal painting, "
        "maritime models and prints, much of it given by the city's merchant families.",
    ),
    "quotes": (
        ("curator", "We have been able to show things that have been in storage for decades. "
         "Some of them have never been seen by the public."),
        ("architect", "The old building was beautiful but it turned its back on the harbour. We "
         "wanted to open it up to the light and to the water."),
    ),
    "numbers": (
        "The museum now has {gallery} galleries, against 14 before it closed, and expects about "
        "300,000 visitors a year.",
        "More than {visitors} free tickets for the opening weekend were claimed online.",
    ),
    "facts": ("The Harbour Museum of Art", (
        "Housed in the former customs house on the quay since 1931",
        "Closed for renovation {years} years ago",
        "Cost of the work: {cost} million crowns",
        "{gallery} galleries and about {works} works in the collection",
        "Entry to the permanent collection remains free",
    )),
    "captions": {
        "gallery": (
            "Visitors in one of the new galleries at the Harbour Museum of Art.",
            "The museum's coastal painting collection, rehung after the renovation.",
        ),
        "harbour": ("The former customs house on the quay, home of the Harbour Museum of Art.",),
        "crowd": ("Visitors queue for the reopening of the Harbour Museum of Art "
                  "{photo_when}.",),
    },
    "beats": (
        {
            "section": "culture", "scene": "gallery", "weight": 3,
            "h": (
                "Harbour Museum of Art sets reopening date after {years}-year renovation",
                "Northport's Harbour Museum to reopen with coastal painting show",
            ),
            "s": "The museum in the old customs house will reopen with an exhibition of coastal "
            "painting, Salt and Light.",
            "lede": "The Harbour Museum of Art in Northport will reopen to the public later this "
            "month after a {years}-year renovation, its director has announced, with an "
            "exhibition drawn almost entirely from its own collection.",
            "more": (
                "The opening show, Salt and Light, brings together more than 200 paintings of the "
                "Carvenian coast, many of which have not been on display for a generation.",
            ),
            "quotes": (
                ("director", "We wanted the first thing people see to be their own city and "
                 "their own coast. This collection belongs to Northport."),
            ),
            "next": "Entry to the permanent collection will remain free, the museum said.",
        },
        {
            "section": "culture", "scene": "gallery", "weight": 3,
            "h": (
                "Inside the new Harbour Museum: light, glass and a view of the water",
                "First look at the renovated Harbour Museum of Art in Northport",
            ),
            "s": "The architect Tomasz Velling explains how a dark customs house became a gallery "
            "that faces the harbour.",
            "lede": "For most of its life the old customs house on Northport's quay kept the "
            "harbour at arm's length. After a renovation costing {cost} million crowns, the "
            "Harbour Museum of Art now looks straight at it.",
            "more": (
                "A glass extension on the water side houses a cafe and a double-height gallery for "
                "large works, while the original rooms have been stripped back to their brick "
                "vaults.",
            ),
            "quotes": (
                ("architect", "Every decision came back to the same question: can you feel that "
                 "you are standing next to the sea?"),
            ),
            "next": "The building will be open for previews to members of the museum's friends "
            "association next week.",
        },
        {
            "section": "culture", "scene": "crowd", "weight": 4,
            "h": (
                "Thousands queue as Harbour Museum of Art reopens in Northport",
                "Queues along the quay as Northport's Harbour Museum reopens",
            ),
            "s": "The museum welcomed more than {visitors} visitors on its first weekend.",
            "lede": "Thousands of people queued along Northport's quay {when} as the Harbour "
            "Museum of Art reopened after {years} years, with the first visitors arriving "
            "before dawn.",
            "more": (
                "The mayor cut a ribbon at 10am, and the museum said it had admitted more than "
                "{visitors} people by the end of the weekend.",
            ),
            "quotes": (
                ("visitor", "I used to bring my classes here. I wanted to be the first one back "
                 "through the door, and I was."),
                ("mayor", "This is a good day for Northport. The museum is a place that belongs "
                 "to everyone in this city, and now it is open again."),
            ),
            "next": "The museum will open late on Thursdays until the end of the year.",
        },
        {
            "section": "culture", "scene": "gallery", "weight": 3,
            "h": (
                "Salt and Light review: a triumphant return for Northport's museum",
                "Salt and Light at the Harbour Museum: the coast as you have never seen it",
            ),
            "s": "The opening exhibition is a generous, surprising tour through two centuries of "
            "painting the sea.",
            "lede": "Salt and Light, the exhibition that reopens the Harbour Museum of Art, could "
            "have been a dutiful parade of the collection's greatest hits. Instead it is a "
            "restless, [surprising|generous] show that makes the familiar coast look strange "
            "again.",
            "more": (
                "The curators have hung the rooms by weather rather than by date, so a storm "
                "painted in the 1840s sits beside one from the 1970s, and the effect is "
                "startling.",
                "The final room, given over to small oil sketches made on the beach, is the "
                "quietest and the best.",
            ),
            "quotes": (
                ("curator", "We wanted people to feel the wind in the room before they read a "
                 "single label."),
            ),
            "next": "Salt and Light runs until the spring. Admission to the exhibition is "
            "free for under-18s.",
        },
    ),
    "analysis": None,
}

FLOOD = {
    "key": "flood",
    "tags": ("Flooding", "Weather", "Climate"),
    "days": (12, 0),
    "authors": ("joss-amberley", "marguerite-dunmore"),
    "place": "Lindmere",
    "cast": {
        "mayor": ("Beatrix Hollowell", "the mayor of Lindmere"),
        "fire": ("Malachy Dunne", "the region's chief fire officer"),
        "expert": ("Tamsin Rowe-Iverson", "a hydrologist at the University of Northport"),
        "resident": ("Edwin Slate", "who has lived on Mill Lane for four decades"),
        "minister": ("Hester Quarrie", "the environment minister"),
        "farmer": ("Agnes Thorburn", "who farms 200 hectares on the Vell floodplain"),
    },
    "vals": {
        "rain": (110, 160, 5),
        "homes": (600, 1100, 50),
        "evacuated": (1800, 3200, 100),
        "level": ("4.2", "4.6", "4.9"),
        "record": ("3.9", "4.1"),
        "fund": (40, 90, 5),
        "hectares": (6000, 11000, 500),
        "defence_cost": (120, 190, 10),
    },
    "context": (
        "The River Vell rises in the hills north of Lindmere and runs through the town centre "
        "before reaching the sea at Northport. Its floodplain has been built on heavily since "
        "the 1960s.",
        "A flood defence scheme for Lindmere was approved six years ago at a cost of "
        "{defence_cost} million crowns but has been repeatedly delayed, with only the first "
        "phase completed.",
        "Scientists say heavier downpours are becoming more frequent as the climate warms, "
        "because a warmer atmosphere holds more moisture.",
    ),
    "quotes": (
        ("expert", "The river did what rivers do when this much rain falls in this little time. "
         "The question is how much of that rain we should now be planning for."),
        ("resident", "I have seen the river come up before, but never like this. It came "
         "through the front door in about ten minutes."),
    ),
    "numbers": (
        "Up to {rain}mm of rain fell on the hills above Lindmere in 36 hours, more than twice "
        "the usual amount for the whole month.",
        "The river peaked at {level} metres at the town bridge, above the previous record of "
        "{record} metres.",
    ),
    "facts": ("The Lindmere floods", (
        "{rain}mm of rain in 36 hours on the hills above the town",
        "River Vell peaked at {level} metres, a record",
        "About {homes} homes flooded and {evacuated} people evacuated",
        "{hectares} hectares of farmland under water",
        "Recovery fund: {fund} million crowns",
    )),
    "captions": {
        "flood": (
            "Flood water surrounds houses on Mill Lane in Lindmere {photo_when}.",
            "The River Vell bursts its banks in the centre of Lindmere.",
            "Homes and gardens under water after the River Vell burst its banks.",
        ),
        "fields": ("Farmland on the Vell floodplain remains under water.",),
        "crowd": ("Volunteers fill sandbags at a depot in Lindmere.",),
    },
    "beats": (
        {
            "section": "news", "scene": "flood", "weight": 5,
            "h": (
                "Hundreds evacuated as River Vell bursts its banks in Lindmere",
                "Lindmere floods after record rain sends River Vell over its banks",
            ),
            "s": "Emergency crews use boats to rescue residents as the river reaches its highest "
            "level on record.",
            "lede": "Hundreds of people were evacuated from their homes in Lindmere {when} after "
            "the River Vell burst its banks following [a day and a half|36 hours] of torrential "
            "rain.",
            "more": (
                "Firefighters used boats to reach residents trapped in houses on Mill Lane and "
                "around the market square, and a leisure centre was opened as an emergency "
                "shelter.",
            ),
            "quotes": (
                ("fire", "Our crews have worked through the night. My message to people is "
                 "simple: do not walk or drive through flood water, however shallow it looks."),
                ("mayor", "The town has been through a frightening night. I want to thank every "
                 "firefighter, volunteer and neighbour who has helped."),
            ),
            "next": "More rain is forecast for the weekend, and the weather service has kept "
            "its severe warning in place.",
        },
        {
            "section": "news", "scene": "flood", "weight": 4,
            "h": (
                "Lindmere counts the cost as flood water begins to fall",
                "'Everything downstairs is gone': Lindmere residents return home",
            ),
            "s": "About {homes} homes were flooded, and residents face months of drying out.",
            "lede": "Residents of Lindmere began returning to their homes {when} as the River "
            "Vell fell back, revealing the scale of the damage to about {homes} properties.",
            "more": (
                "Skips lined the streets around the market square as families carried out "
                "carpets, furniture and ruined appliances. Insurers have sent assessors to the "
                "town.",
            ),
            "quotes": (
                ("resident", "Everything downstairs is gone. The photographs were the worst. You "
                 "cannot replace those."),
            ),
            "next": "The council has opened a help centre in the town library.",
        },
        {
            "section": "science", "scene": "chart", "weight": 3,
            "authors": ("joss-amberley",),
            "h": (
                "Climate change made Lindmere downpour more likely, scientists say",
                "Warming made the rain that flooded Lindmere heavier, study finds",
            ),
            "s": "A rapid analysis finds that rainfall of this intensity is now about twice as "
            "likely as it was a century ago.",
            "lede": "The downpour that flooded Lindmere was made [significantly|considerably] "
            "more likely by climate change, according to a rapid analysis by scientists at the "
            "University of Northport and the national weather service.",
            "more": (
                "The researchers compared the rainfall with simulations of a world without "
                "human-caused warming, and found that such a storm is now about twice as likely "
                "and roughly 10% more intense.",
            ),
            "quotes": (
                ("expert", "We are not saying this storm could not have happened before. We are "
                 "saying the dice are loaded, and they are becoming more loaded every year."),
            ),
            "next": "The full study will be submitted to a scientific journal for review.",
        },
        {
            "section": "news", "scene": "fields", "weight": 3,
            "h": (
                "Farmers on Vell floodplain face ruined harvest after floods",
                "Flood leaves {hectares} hectares of farmland under water near Lindmere",
            ),
            "s": "Growers say they have lost winter crops and fear the land will not drain for "
            "weeks.",
            "lede": "Farmers on the River Vell floodplain say they have lost winter crops across "
            "about {hectares} hectares, with fields around Lindmere still under water days "
            "after the river peaked.",
            "more": (
                "Potato and cereal growers have been worst affected. Several said they would "
                "be unable to plant again until the spring.",
            ),
            "quotes": (
                ("farmer", "You can plan for a bad year. You cannot plan for a lake where your "
                 "wheat was."),
            ),
            "next": "The farmers' union has asked the government to extend the recovery fund to "
            "agricultural land.",
        },
        {
            "section": "news", "scene": "assembly", "weight": 4, "place": "Astermere",
            "authors": ("tobias-wrenfield",),
            "h": (
                "Government announces {fund} million crown fund for Lindmere flood recovery",
                "Minister promises to speed up Lindmere flood defences after visit",
            ),
            "s": "The environment minister says the second phase of the town's flood defences "
            "will be brought forward.",
            "lede": "The government has announced a {fund} million crown fund to help Lindmere "
            "recover from the floods, and promised to bring forward the long-delayed second "
            "phase of the town's flood defences.",
            "more": (
                "The environment minister, Hester Quarrie, made the announcement after touring "
                "the town, where she was heckled by residents angry at the delays.",
            ),
            "quotes": (
                ("minister", "I understand the anger I heard today, and I share it. These "
                 "defences should have been finished, and we will get them finished."),
                ("mayor", "We welcome the money. What we need now is spades in the ground, not "
                 "another consultation."),
            ),
            "next": "Work on the second phase is now due to begin next spring.",
        },
    ),
    "analysis": {
        "h": (
            "Lindmere's floods show the cost of building on the floodplain",
            "Why Lindmere was always going to flood, and what comes next",
        ),
        "s": "Decades of building on low land, a delayed defence scheme and heavier rain made "
        "the town vulnerable.",
        "paras": (
            "Look at a map of Lindmere from 1950 and the River Vell has room to spread out. Look "
            "at one today and the fields beside it are car parks, estates and a retail park.",
            "None of those decisions was unreasonable on its own. Together, they mean that when "
            "the river rises there is nowhere for the water to go except into homes.",
            "Engineers say walls are only part of the answer. Upstream, land can be allowed to "
            "flood on purpose, slowing the water before it reaches the town.",
        ),
    },
}

ELECTION = {
    "key": "orlanda-election",
    "tags": ("Orlanda", "Elections", "Diplomacy"),
    "days": (29, 4),
    "authors": ("nadia-ferreiro",),
    "place": "Port Solana",
    "cast": {
        "president": ("Mateo Saranda", "Orlanda's president"),
        "challenger": ("Ileana Voss", "the leader of the Civic Renewal party"),
        "commission": ("Arturo Melian", "the chair of Orlanda's electoral commission"),
        "observer": ("Greta Lindahl", "who led the Continental observer mission"),
        "analyst": ("Rafael Ostrowe", "a political scientist at the University of Port Solana"),
        "voter": ("Lucia Benedetti", "a nurse voting in the capital's old town"),
    },
    "vals": {
        "voters": ("9.4", "10.1", "11.2"),
        "turnout": (64, 77, 1),
        "voss": (50, 53, 1),
        "years": ("12", "14"),
        "stations": (14000, 19000, 500),
        "inflation": (11, 19, 1),
    },
    "context": (
        "Saranda has led Orlanda for {years} years, first as prime minister and then as "
        "president after constitutional changes that critics say weakened the courts.",
        "Voss, a former mayor of Port Solana, has campaigned on corruption and the cost of "
        "living. Inflation in Orlanda reached {inflation}% last year.",
        "Orlanda is a major exporter of grain and fertiliser, and its relations with its "
        "neighbours have been strained by a long dispute over fishing rights.",
    ),
    "quotes": (
        ("analyst", "For the first time in a long time, Orlandans believe their vote might "
         "change who governs them. That alone changes the atmosphere."),
        ("voter", "I have voted in every election since I was 18. This is the first one where "
         "I did not know the result before I went in."),
    ),
    "numbers": (
        "About {voters} million people are eligible to vote at {stations} polling stations.",
        "Turnout was put at {turnout}%, the highest in two decades.",
    ),
    "facts": ("Orlanda at a glance", (
        "Capital: Port Solana",
        "Eligible voters: about {voters} million",
        "President since {years} years ago: Mateo Saranda",
        "Main challenger: Ileana Voss, Civic Renewal",
        "Inflation last year: {inflation}%",
    )),
    "captions": {
        "crowd": (
            "Supporters of Ileana Voss at a rally in Port Solana {photo_when}.",
            "Crowds gather in the centre of Port Solana as results are announced.",
        ),
        "assembly": ("The presidential palace in Port Solana.",),
        "skyline": ("The skyline of Port Solana, Orlanda's capital.",),
    },
    "beats": (
        {
            "section": "world", "scene": "crowd", "weight": 3,
            "h": (
                "Orlanda's opposition unites behind Voss to challenge Saranda",
                "Saranda faces his toughest test as Orlanda's opposition unites",
            ),
            "s": "Five opposition parties agree to back Ileana Voss, a former mayor of the "
            "capital, in next month's presidential election.",
            "lede": "Orlanda's fractured opposition has united behind a single candidate for "
            "the first time, backing Ileana Voss to challenge President Mateo Saranda in next "
            "month's election.",
            "more": (
                "The agreement, signed in Port Solana {when}, commits five parties to "
                "withdraw their own candidates and campaign for Voss.",
            ),
            "quotes": (
                ("challenger", "Today the people who want change stopped arguing with each other "
                 "and started talking to the country."),
            ),
            "next": "The election will be held in four weeks.",
        },
        {
            "section": "world", "scene": "crowd", "weight": 3,
            "h": (
                "Saranda promises pension rise as Orlanda election race tightens",
                "Orlanda poll shows Voss level with Saranda as campaign heats up",
            ),
            "s": "The president pledges higher pensions and cheaper bread as polls suggest a "
            "close contest.",
            "lede": "President Mateo Saranda of Orlanda has promised to raise pensions and cap "
            "the price of bread, as opinion polls suggest the challenger Ileana Voss has "
            "drawn level with him.",
            "more": (
                "Addressing a rally in the industrial city of Varo, Saranda accused the "
                "opposition of wanting to sell the country's grain companies to foreign buyers.",
            ),
            "quotes": (
                ("president", "They promise you change. I promise you bread on the table and a "
                 "pension you can live on."),
                ("challenger", "The president has had {years} years to fix the price of bread. "
                 "Voters can count."),
            ),
            "next": "The two candidates are due to meet in a televised debate next week.",
        },
        {
            "section": "world", "scene": "crowd", "weight": 4,
            "h": (
                "Orlandans vote in tight presidential election as turnout surges",
                "Long queues at polling stations as Orlanda chooses a president",
            ),
            "s": "Officials report unusually high turnout in a contest between Mateo Saranda and "
            "Ileana Voss.",
            "lede": "Orlandans queued for hours outside polling stations {when} in a "
            "presidential election that could end Mateo Saranda's {years} years in power.",
            "more": (
                "Voting was extended by an hour in parts of Port Solana. International observers "
                "reported isolated problems with voter lists but no widespread irregularities.",
            ),
            "quotes": (
                ("commission", "The vote has been calm and orderly. We ask every candidate to "
                 "respect the count and wait for the official result."),
            ),
            "next": "Preliminary results are expected overnight.",
        },
        {
            "section": "world", "scene": "crowd", "weight": 5,
            "h": (
                "Voss wins Orlanda presidency, ending Saranda's {years} years in power",
                "Ileana Voss elected Orlanda's president in political earthquake",
            ),
            "s": "The opposition candidate takes {voss}% of the vote, according to the "
            "electoral commission.",
            "lede": "Ileana Voss has won Orlanda's presidential election, taking {voss}% of the "
            "vote according to preliminary results, and ending Mateo Saranda's {years} years in "
            "power.",
            "more": (
                "Thousands of her supporters gathered in Liberty Square in Port Solana, waving "
                "flags and setting off fireworks, as the result became clear shortly after "
                "midnight.",
            ),
            "quotes": (
                ("challenger", "Tonight belongs to everyone who queued in the cold to be heard. "
                 "I will be president for those who voted against me too."),
            ),
            "next": "Saranda has not yet conceded. His spokesman said the president would "
            "comment after the official count.",
        },
        {
            "section": "world", "scene": "assembly", "weight": 4,
            "h": (
                "Saranda concedes defeat as Orlanda observers endorse election",
                "Orlanda's outgoing president accepts result after observers' verdict",
            ),
            "s": "International observers say the vote was competitive and broadly fair.",
            "lede": "Mateo Saranda has conceded defeat in Orlanda's presidential election, two "
            "days after the vote, as international observers said the contest had been "
            "competitive and broadly fair.",
            "more": (
                "In a brief televised statement, Saranda said he had called Voss to congratulate "
                "her and would oversee a peaceful handover.",
            ),
            "quotes": (
                ("observer", "Voters had a genuine choice and were able to make it freely. "
                 "There were shortcomings, but none that affected the outcome."),
                ("president", "The people have spoken, and in a democracy that is the end of "
                 "the argument."),
            ),
            "next": "Voss will be sworn in next month.",
        },
    ),
    "analysis": {
        "h": (
            "How Ileana Voss broke Saranda's grip on Orlanda",
            "Orlanda's election was decided by the price of bread",
        ),
        "s": "A united opposition, a cost-of-living crisis and a campaign in small towns "
        "explain an upset few predicted a year ago.",
        "paras": (
            "A year ago few analysts in Port Solana gave the opposition much chance. It was "
            "divided, short of money and largely ignored by state television.",
            "Two things changed. The first was inflation, which turned the president's promise "
            "of stability into a punchline. The second was the decision of five quarrelsome "
            "parties to put their differences aside.",
            "Voss spent the campaign in small towns that had voted for Saranda for a decade, "
            "talking about prices rather than the constitution. It worked.",
        ),
    },
}

PROBE = {
    "key": "lantern-probe",
    "tags": ("Space", "Research", "Technology"),
    "days": (25, 1),
    "authors": ("joss-amberley",),
    "place": "Astermere",
    "cast": {
        "scientist": ("Yusuf Harrington-Bell", "the mission's lead scientist"),
        "director": ("Marisol Quint", "the director of the Carvenian Space Agency"),
        "engineer": ("Petra Lindqvist-Obi", "the flight engineer in charge of the landing"),
        "astronomer": ("Cosmo Ferrante", "an astronomer at the Kestrel Ridge Observatory"),
    },
    "vals": {
        "distance": (180, 260, 10),
        "years": ("six", "seven"),
        "cost": (410, 560, 10),
        "grams": (40, 90, 5),
        "width": ("1.8", "2.3", "2.7"),
    },
    "context": (
        "Lantern was launched {years} years ago and has travelled about {distance} million "
        "kilometres to reach the asteroid Verhaven, a rocky body about {width}km across.",
        "The mission, which has cost {cost} million crowns, is the Carvenian Space Agency's "
        "most ambitious so far and its first attempt to touch the surface of another body.",
        "Asteroids like Verhaven are thought to be leftovers from the formation of the solar "
        "system, and may preserve material that has barely changed in four and a half billion "
        "years.",
    ),
    "quotes": (
        ("astronomer", "Every sample from an asteroid is a letter from the early solar system. We "
         "have very few of them, so each one matters."),
        ("director", "This is a small agency doing something that only the largest agencies "
         "have done before. I could not be prouder of the team."),
    ),
    "numbers": (
        "Signals from the spacecraft take about 14 minutes to reach Earth, so every manoeuvre "
        "has to be planned and uploaded in advance.",
        "The probe aims to bring back at least {grams} grams of material.",
    ),
    "facts": ("The Lantern mission", (
        "Launched {years} years ago from the Sollis range",
        "Target: asteroid Verhaven, about {width}km across",
        "Distance travelled: about {distance} million km",
        "Cost: {cost} million crowns",
        "Aim: to return at least {grams}g of rock to Earth",
    )),
    "captions": {
        "space": (
            "An artist's impression of the Lantern probe approaching the asteroid Verhaven.",
            "The asteroid Verhaven, as imagined from the Lantern spacecraft.",
        ),
        "laboratory": ("Engineers at the mission control centre in Astermere.",),
    },
    "beats": (
        {
            "section": "science", "scene": "space", "weight": 3,
            "h": (
                "Lantern probe sends first close-up images of asteroid Verhaven",
                "Carvenian probe reaches asteroid after {years}-year journey",
            ),
            "s": "The spacecraft has entered orbit around the asteroid and begun mapping its "
            "surface.",
            "lede": "The Carvenian Space Agency's Lantern probe has sent back its first close-up "
            "images of the asteroid Verhaven, after a journey of {years} years and about "
            "{distance} million kilometres.",
            "more": (
                "The pictures show a surface strewn with boulders, some larger than a house, and "
                "a smoother plain near the asteroid's equator that scientists hope to land on.",
            ),
            "quotes": (
                ("scientist", "It is rougher than we expected, which is exciting and a little "
                 "worrying. We have work to do to find a safe place to touch down."),
            ),
            "next": "The team will spend several weeks mapping the surface before choosing a "
            "landing site.",
        },
        {
            "section": "science", "scene": "laboratory", "weight": 3,
            "h": (
                "Scientists choose landing site for Lantern probe on asteroid Verhaven",
                "Lantern team picks smooth plain for risky asteroid touchdown",
            ),
            "s": "The site, nicknamed the Meadow, is one of the few areas free of large "
            "boulders.",
            "lede": "Scientists have chosen a landing site for the Lantern probe on the asteroid "
            "Verhaven, a smooth plain near the equator that the team has nicknamed the Meadow.",
            "more": (
                "The area is about 40 metres across, barely larger than the margin of error in "
                "the spacecraft's navigation.",
            ),
            "quotes": (
                ("engineer", "Forty metres sounds like a lot until you are steering from 200 "
                 "million kilometres away with a 14-minute delay."),
            ),
            "next": "The touchdown is planned for later this month.",
        },
        {
            "section": "science", "scene": "space", "weight": 5,
            "h": (
                "Lantern probe touches down on asteroid and collects sample",
                "Carvenian spacecraft grabs rock from asteroid Verhaven",
            ),
            "s": "Mission control erupts in applause as data confirm the spacecraft fired its "
            "sampling device.",
            "lede": "The Lantern probe has briefly touched down on the asteroid Verhaven and "
            "collected a sample of rock, the Carvenian Space Agency said {when}, in what it "
            "called the most important moment in its history.",
            "more": (
                "The spacecraft touched the surface for about six seconds, firing a small pellet "
                "to kick up dust and gravel into a collection chamber, before backing away.",
            ),
            "quotes": (
                ("engineer", "When the data came in there was a second of silence, and then "
                 "everybody was shouting. I think I hugged people I have never met."),
                ("director", "We will not know how much we have collected until the images are "
                 "analysed, but every sign is good."),
            ),
            "next": "The probe is due to leave Verhaven next year and return to Earth three "
            "years later.",
        },
        {
            "section": "science", "scene": "space", "weight": 3,
            "h": (
                "Lantern's asteroid sample larger than hoped, mission team says",
                "Asteroid sample could be twice the target, say Lantern scientists",
            ),
            "s": "Images of the collection chamber suggest the probe gathered well over its "
            "target of {grams} grams.",
            "lede": "The Lantern probe appears to have collected far more material from the "
            "asteroid Verhaven than its target of {grams} grams, according to images of its "
            "collection chamber released {when}.",
            "more": (
                "Some of the fragments appear dark and crumbly, which scientists say could "
                "indicate carbon-rich material.",
            ),
            "quotes": (
                ("scientist", "We are looking at a chamber full of gravel. For a planetary "
                 "scientist, that is about as good as it gets."),
            ),
            "next": "The capsule is due to land in the Sollis desert in about four years.",
        },
    ),
    "analysis": None,
}
