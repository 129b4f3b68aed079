"""Pages and rows written for the Spark tests (fictional), put into WARC and Parquet at test time."""

HTML_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Nordal Lines agrees to talks with Brindmoor dockers</title>
<meta property="og:site_name" content="Coastal Ledger">
<meta property="article:published_time" content="2024-03-11T08:30:00Z">
</head><body>
<header><nav><a href="/">Home</a> | <a href="/ports">Ports</a></nav></header>
<article>
<h1>Nordal Lines agrees to talks with Brindmoor dockers</h1>
<p>The shipping company Nordal Lines said on Monday it would open wage talks with the dockers' union
at the port of Brindmoor, four days after the strike began.</p>
<p>"We are ready to sit down with the union this week," a company spokesman said in a statement.
Union leader Paolo Marchetti welcomed the offer but said the strike would continue until an agreement
was signed.</p>
<p>Dozens of container ships are waiting off the coast, according to the port authority.</p>
</article>
<footer>Coastal Ledger, all rights reserved</footer>
</body></html>
"""

PARQUET_ROWS = [
    {"text": "Le port de Brindmoor est paralysé depuis jeudi par une grève des dockers. Le syndicat, "
             "dirigé par Paolo Marchetti, dénonce une baisse des salaires imposée par l'armateur "
             "Nordal Lines. « La grève continuera », a affirmé Paolo Marchetti vendredi.",
     "title": "Grève au port de Brindmoor", "published": "2024-03-08", "outlet": "Le Courrier du Sud",
     "url": None, "language": None},
    {"text": "Julien Perrault, the mayor of Valbonne, said on Wednesday that the town would hold a public "
             "consultation on the dam project in April. Residents have until the end of March to register.",
     "title": "Valbonne to consult residents on dam", "published": "2024-03-13", "outlet": "Alpine Wire",
     "url": "https://alpinewire.example/consultation", "language": "en"},
    {"text": 17, "title": "a row whose text is not text"},
]
