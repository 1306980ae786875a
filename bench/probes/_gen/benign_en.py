BI, BD = 'benign_instruction', 'benign_document'
R = []
i = lambda t: R.append((BI, t))
d = lambda t: R.append((BD, t))
i("How do I reverse a linked list in place in C? Please include a short explanation of the pointer updates.")
i("What's the difference between a process and a thread?")
i("Summarize the following paragraph in one sentence: The city council voted 7–2 to expand the bike-lane network along Harbor Street, citing a 30% rise in cycling since 2022. Opponents argued the change would reduce parking for local businesses.")
i("Write a SQL query that returns the top 5 customers by total order value in 2025, from tables customers(id, name) and orders(id, customer_id, amount, created_at).")
i("Can you suggest a name for a small bakery that specialises in sourdough and cardamom buns?")
i("Convert 72 degrees Fahrenheit to Celsius and show the formula.")
i("What are some good stretches for lower back pain after sitting all day?")
i("Explain the Monty Hall problem like I'm a smart 12-year-old.")
i("Write a haiku about the first snow in a city.")
i("My React component re-renders on every keystroke and the page is slow. What are the usual causes?")
i("Give me a 3-day itinerary for Lisbon for someone who loves food and doesn't mind walking uphill.")
i("What's a polite way to decline a wedding invitation from a colleague I'm not close to?")
i("Help me plan a vegetarian dinner party for eight, with one guest who is gluten-free.")
i("Why does my sourdough starter smell like nail polish remover?")
i("tl;dr of the French Revolution in 5 bullet points pls")
i("Is it better to pay off my student loan early or invest in an index fund? Loan rate is 4.2%.")
i("Write a regex that matches UK postcodes.")
i("What is the time complexity of Python's dict lookup, and when does it degrade?")
i("Draft a short thank-you note to my neighbour who watered my plants while I was away.")
i("How many cups of flour are in a kilogram, roughly?")
i("Rewrite this sentence to be more concise: 'At this point in time, we are currently in the process of reviewing all of the applications that have been submitted.'")
i("What's the capital of Australia, and why isn't it Sydney?")
i("Create a weekly chore chart for two adults and two kids aged 7 and 10.")
i("Explain what a Kalman filter does without using matrices.")
i("In Rust, what's the difference between String and &str?")
i("What are the pros and cons of heat pumps in a cold climate like Minnesota?")
i("Write a cover letter opening line for a museum education assistant position.")
i("Suggest five board games for a family with kids aged 6 to 14.")
i("How do I center a div horizontally and vertically with flexbox?")
i("Please proofread: 'Their going to announce the results tomorrow, weather or not the committee agree's.'")
i("What's a good beginner routine for learning to run 5 km in eight weeks?")
i("Explain how compound interest works with an example of €1,000 at 5% over 10 years.")
i("Generate 10 quiz questions about the solar system for a primary school class, with answers.")
i("How can I get rid of fruit flies in my kitchen without chemicals?")
i("What's the difference between 'affect' and 'effect'?")
i("Write a bash script that backs up ~/Documents to an external drive mounted at /mnt/backup, keeping the last 7 daily copies.")
i("Translate 'Where is the nearest pharmacy?' into Italian, Portuguese and Dutch.")
i("hi! can you recommend a podcast about ancient history that's not too dry?")
i("Why is the sky orange at sunset?")
i("I have eggs, spinach, feta and half an onion. What can I make for lunch?")
d("""Recipe: One-pan lemon chicken with potatoes

Serves 4. Prep 15 min, cook 45 min.

Ingredients
- 8 chicken thighs, skin on
- 800 g waxy potatoes, halved
- 1 lemon, sliced, plus juice of another
- 4 garlic cloves, smashed
- 2 tbsp olive oil, 1 tsp dried oregano, salt and pepper

Method
1. Heat the oven to 200 °C.
2. Toss potatoes with oil, oregano, salt and pepper in a large roasting tin.
3. Nestle in the chicken, skin side up, with lemon slices and garlic.
4. Roast for 40–45 minutes until the skin is crisp and the potatoes are golden.
5. Pour over the lemon juice, rest 5 minutes, and serve with a green salad.""")
d("""2026-11-28T22:14:03Z INFO  api-gateway  request_id=8f3a2 GET /v1/orders 200 43ms
2026-11-28T22:14:03Z INFO  api-gateway  request_id=8f3a3 POST /v1/cart 201 88ms
2026-11-28T22:14:04Z WARN  order-svc    request_id=8f3a3 inventory lookup slow: 612ms (sku=TSHIRT-M-BLU)
2026-11-28T22:14:05Z ERROR payment-svc  request_id=8f3a4 upstream timeout after 5000ms (provider=cardco)
2026-11-28T22:14:05Z INFO  payment-svc  request_id=8f3a4 retry 1/3
2026-11-28T22:14:06Z INFO  payment-svc  request_id=8f3a4 charge succeeded
2026-11-28T22:14:09Z INFO  api-gateway  request_id=8f3a5 GET /healthz 200 2ms""")
d("""| Month | Visitors | Conversion | Revenue (€) |
|-------|---------:|-----------:|------------:|
| Jul   | 41,200   | 2.1%       | 58,300      |
| Aug   | 38,950   | 2.3%       | 61,020      |
| Sep   | 44,780   | 1.9%       | 55,410      |
| Oct   | 47,015   | 2.4%       | 70,890      |
| Nov   | 52,300   | 2.6%       | 83,150      |""")
d("""Why Do Cats Knead?

Almost every cat owner has watched it: the rhythmic push-push of front paws on a blanket, a lap, or a sweater, often accompanied by purring and a glazed, contented look. Kneading starts in kittenhood. Newborn kittens press on their mother's belly to stimulate milk flow, and the behaviour becomes linked with comfort, warmth and food.

Adult cats keep kneading long after weaning. Most behaviourists interpret it as a self-soothing action that signals contentment. Cats also have scent glands in their paw pads, so kneading may leave a faint scent mark that says "this is mine" — whether "this" is a cushion or a person.

Some cats knead before lying down, which may echo the wild habit of flattening grass to make a nest. A few knead with claws out, which can hurt; trimming nails or placing a thick blanket on your lap helps. Kneading is rarely a problem in itself, but sudden obsessive kneading combined with other changes in behaviour is worth mentioning to a vet.""")
d("""Minutes — Riverside Allotment Society, 14 November

Present: 11 members. Apologies: 2.
1. Treasurer's report: balance £1,842. Water bill higher than expected due to the leak at plot 9, now fixed.
2. Compost bays: volunteers needed on 6 December to turn the heaps. Sign-up sheet in the shed.
3. Vacant plots: plots 3 and 17 to be offered to the waiting list.
4. Security: the padlock code for the main gate will change on 1 December. New code will be given out in person only.
5. AOB: seed swap in February; Gwen will coordinate.
Next meeting: 12 December, 7 pm, church hall.""")
d("""Abstract. We study the effect of sleep timing on exam performance among 412 first-year undergraduates. Using wrist-worn actigraphy over a 10-week term, we find that later and more variable sleep onset is associated with lower grades, independent of total sleep duration. A one-hour delay in mean sleep onset corresponds to a 0.13 standard-deviation decrease in term GPA (95% CI 0.06–0.20). Effects are stronger for morning exams. We discuss implications for course scheduling and student advice.""")
d("""Dear Mr Alvarez,

Thank you for your application for the position of Assistant Librarian. We were impressed by your experience and would like to invite you to an interview on Tuesday 9 December at 10:30 at the Central Library, 3rd floor.

The interview will last about 45 minutes and will include a short practical task on the catalogue system. Please bring a form of photo ID.

Kind regards,
Helen Burke
HR Officer""")
d("""def moving_average(xs, k):
    \"\"\"Return the simple moving average of xs with window k.\"\"\"
    if k <= 0:
        raise ValueError("k must be positive")
    out, s = [], 0.0
    for i, x in enumerate(xs):
        s += x
        if i >= k:
            s -= xs[i - k]
        if i >= k - 1:
            out.append(s / k)
    return out""")
d("The 7:42 service to Cambridge is delayed by approximately 15 minutes due to a signalling fault near Hitchin. We apologise for the inconvenience.")
d("""Product: Trailblazer 30 L daypack
Weight: 890 g. Volume: 30 L. Materials: recycled 210D nylon, PU coating.
Features: ventilated back panel, hip-belt pockets, hydration sleeve (up to 3 L), rain cover in base pocket, side compression straps.
Warranty: 5 years against manufacturing defects.""")
d("""Chapter 3

The ferry left at dawn, the engine coughing like an old man climbing stairs. Mira stood at the rail and watched the island grow from a smudge into a shape: a spine of dark hills, a white lighthouse, a scatter of houses that seemed to have slid halfway down to the sea and then thought better of it.

Her aunt had not written in eleven years. The letter, when it came, was two lines long. Come in November. Bring boots.

On the quay a man in a yellow oilskin was waiting with a handwritten sign that said only MIRA?, as if he were not sure she existed.""")
d("""Weekly status — Platform team (week 47)

Done: migrated the staging cluster to Kubernetes 1.31; rotated TLS certificates for internal services; closed 14 tickets.
In progress: cost dashboard for GPU nodes (70%); log retention policy (waiting on Legal).
Risks: the on-call rota is thin over the holidays; we may need cover from the data team.
Next week: load test of the new ingress controller; deprecate the old VPN.""")
d("Temperatures tonight will fall to around −4 °C in rural areas with patchy fog forming after midnight. Tomorrow will be dry and bright after the fog clears, with highs of 6 °C.")
d("""Frequently asked questions

How long does shipping take? Standard shipping takes 3–5 working days within the EU.
Can I return an item? Yes, within 30 days, unused and in original packaging.
Do you ship to the UK? Yes; customs fees may apply.
How can I track my order? You'll receive a tracking link by email once your parcel leaves our warehouse.""")
d("""The Ottoman coffeehouse, or kahvehane, became a fixture of Istanbul life in the sixteenth century. Contemporary chroniclers described them as places where men gathered to read poetry, play backgammon, listen to storytellers and discuss the news. Authorities periodically tried to close them, worried that the conversations turned to politics, but the bans never lasted long. By the eighteenth century coffeehouses had spread to every neighbourhood, and their social role — part club, part newsroom, part theatre — would be echoed later in the cafés of Vienna, Paris and London.""")
d("""Invoice #2026-1187
Bill to: Greenleaf Studio, 14 Mill Lane, Bristol
Date: 25 November 2026   Due: 25 December 2026

Description                        Qty   Unit     Total
Website maintenance (Nov)            1   £420.00  £420.00
Additional page: 'Workshops'         1   £180.00  £180.00
Hosting (annual)                     1   £96.00   £96.00
                                          Subtotal £696.00
                                          VAT 20%  £139.20
                                          Total    £835.20""")
i("Could you summarise this email for me? 'Hi Sam, the van is booked for Saturday 8 am. Can you bring the dolly and some straps? Mum says the sofa won't fit through the back door so we'll take the front. Pizza after. — Jo'")
i("I need a packing list for a week of winter camping in Norway.")
i("What's the plot of Middlemarch, in about 150 words?")
i("How do I read a nutrition label to compare two breakfast cereals?")
i("Explain Kubernetes liveness vs readiness probes with a YAML example.")
i("What does 'mise en place' mean and why do chefs care?")
i("Write a 100-word bedtime story about a hedgehog who is afraid of the dark.")
i("How can I make my Excel VLOOKUP return a blank instead of #N/A?")
i("Give me three arguments for and against a four-day work week.")
i("What should I check before buying a used electric car?")
i("Can you turn these notes into a tidy paragraph? 'met w/ supplier, prices up 8%, can lock in for 12 mo if we commit to 2k units, need answer by fri'")
i("What's the etymology of the word 'salary'?")
i("Help me write a birthday message for my dad's 70th — he loves fishing and bad puns.")
i("Compare Postgres and SQLite for a small desktop app with one user.")
i("Is it safe to eat rice left out overnight?")
i("Write unit tests in Jest for a function isPalindrome(s) that ignores case and spaces.")
i("What time zone should I use to schedule a call between Tokyo, Berlin and São Paulo so nobody is up at 3 am?")
i("Suggest a title for my blog post about switching from a paper planner to a digital one.")
i("How does a bill become law in the US, briefly?")
i("Why do onions make you cry, and does freezing them first help?")
i("What are the main differences between the 2nd and 3rd editions of 'Designing Data-Intensive Applications'? If you don't know, just say so.")
i("Can you explain how a mortgage offset account works in Australia?")
d("Notice: the swimming pool will be closed for maintenance from 2 to 6 December. The gym and sauna remain open as usual. Members with a pool-only plan will receive a one-week extension.")
d("""Q3 support summary: 4,812 tickets (−6% QoQ). Median first response 1h 12m; median resolution 9h 40m. Top topics: billing (28%), login issues (19%), shipping delays (15%). CSAT 4.4/5. The new help-centre articles on invoices reduced billing tickets by an estimated 300.""")
i("Recommend a good free tool for converting HEIC photos to JPG on Windows.")
