"""Function words ignored by the lexical story signal (German and English), written for lagebild."""

GERMAN = frozenset("""
aber alle allem allen aller alles als also am an ander andere anderen anderer anderes auch auf aus bei beide
beiden beim bereits bin bis bisher bist da dabei dadurch dafür dagegen daher damit danach dann darauf daran darin
darüber das dass daß dazu dem den denen denn der deren des dessen deshalb die dies diese diesem diesen dieser dieses
doch dort du durch eben ebenfalls ein eine einem einen einer eines einige einigen einmal er es etwa etwas euch
euer für gegen gewesen habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre ihrem ihren ihrer
ihres im immer in indem ins ist ja jede jedem jeden jeder jedes jedoch jetzt kann kaum kein keine keinem keinen
keiner können könnte machen man manche mehr mein meine mit muss musste müssen nach nachdem nein neben nicht nichts
noch nun nur ob oder ohne rund schon sehr sei seien sein seine seinem seinen seiner seines seit seitdem selbst
sich sie sind so sodass solche soll sollen sollte sondern sowie sowohl über um und uns unser unsere unter viel
viele vom von vor wann war waren warum was weil weiter weitere welche welchem welchen welcher welches wenn wer
werde werden wie wieder will wir wird wirklich wo wollen wollte worden wurde wurden zu zum zur zwar zwei zwischen
heute gestern morgen jahr jahren jahre prozent sagte sagt erklärte laut mehrere neue neuen neuer neues ersten erste
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai juni juli august
september oktober november dezember uhr woche wochen tag tage tagen monat monate monaten
""".split())

ENGLISH = frozenset("""
a about after again against all also an and any are as at be because been before being between both but by can
could did do does doing down during each few for from further had has have having he her here hers him his how
i if in into is it its itself just me more most my no nor not now of off on once only or other our out over own
said same she should so some such than that the their them then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours according says
year years monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december new one two three percent told
""".split())

STOPWORDS = GERMAN | ENGLISH
