"""The domain vocabulary as data: every alias netkort accepts, in one place.

Canonical ids (``network``, ``learning``, ``public``…) are what the graph, JSON
and exports carry; the labels are what people read: English msgids here, said in
each language through the catalogues (``LEVEL_LABELS["nb"]["network"]`` is
'nettverk'). The aliases are data, not translations, and read every language. Aliases
are written as people write them and folded (case, accents, spacing) on use,
so adding a spelling is adding a string here.
"""

from __future__ import annotations

from collections.abc import Mapping

from .i18n import LANGS, N_, NC_, Labels, Phrase, translate


class _Labels(Labels):
    """:class:`~netkort.i18n.Labels` whose entries may also be a :class:`~netkort.i18n.Phrase`
    ('Question {n}') or a tuple of msgids (a checklist heading's three points)."""

    def __getitem__(self, lang: str) -> dict:
        if lang not in LANGS:
            raise KeyError(lang)
        if lang not in self._cache:
            self._cache[lang] = {key: _said(marked, lang) for key, marked in self.msgids.items()}
        return self._cache[lang]

    def phrase(self, key: str) -> Phrase:
        """Entry ``key`` as a :class:`~netkort.i18n.Phrase`, to be said in the reader's language."""
        marked = self.msgids[key]
        return marked if isinstance(marked, Phrase) else Phrase.by(lambda lang: _said(marked, lang))


class Texts(Mapping):
    """A sequence of msgids read per language: ``QUESTION_TEXTS["nb"]`` is the 14 questions in
    Norwegian, as a tuple; ``for lang in QUESTION_TEXTS`` sees every language netkort speaks."""

    def __init__(self, msgids):
        self.msgids = tuple(msgids)
        self._cache: dict[str, tuple[str, ...]] = {}

    def __getitem__(self, lang: str) -> tuple[str, ...]:
        if lang not in LANGS:
            raise KeyError(lang)
        if lang not in self._cache:
            self._cache[lang] = tuple(translate(marked, lang) for marked in self.msgids)
        return self._cache[lang]

    def __iter__(self):
        return iter(LANGS)

    def __len__(self) -> int:
        return len(LANGS)


def _said(marked, lang: str):
    if isinstance(marked, Phrase):
        return marked(lang)
    if isinstance(marked, tuple) and not hasattr(marked, "context"):
        return tuple(translate(m, lang) for m in marked)
    return translate(marked, lang)


# --- The network circle ("netværkscirklen"), weakest first -------------------
LEVELS: tuple[str, ...] = ("network", "cooperation", "partnership")
LEVEL_RANK: dict[str, int] = {level: rank for rank, level in enumerate(LEVELS)}
LEVEL_LABELS = Labels({
    # TRANSLATORS: the network circle's three levels ('netværkscirklen', Byg partnerskaber!, the Danish
    #   guide, www.bygpartnerskaber.dk), weakest first. nb nettverk / samarbeid / partnerskap
    #   (Nasjonalbiblioteket 2023, 'Nye samarbeidsformer og partnerskap', bibliotekutvikling.no); sv
    #   nätverk / samarbete / partnerskap (issue 14; Digiteket/MUCF 'Samverkansmodellen'; Swedish public
    #   bodies often say 'samverkan', which netkort also reads). Lower case: said inside sentences.
    "network": NC_("level", "network"),
    "cooperation": NC_("level", "cooperation"),
    "partnership": NC_("level", "partnership"),
})
LEVEL_ALIASES: dict[str, tuple[str, ...]] = {
    "network": ("netværk", "network", "nettverk", "nätverk", "netværksrelation",
                "netværkskontakt", "kontakt"),
    "cooperation": ("samarbejde", "cooperation", "collaboration", "samarbeid",
                    "samarbete", "samarbejdsrelation", "co-operation", "samverkan", "samarbeidsrelasjon"),
    "partnership": ("partnerskab", "partnership", "partnerskap", "partner"),
}

# --- The four library spaces (Jochumsen, Hvenegaard Rasmussen & Skot-Hansen) --
SPACES: tuple[str, ...] = ("inspiration", "learning", "meeting", "performative")
SPACE_LABELS = Labels({
    # TRANSLATORS: the four spaces of Jochumsen, Hvenegaard Rasmussen & Skot-Hansen, 'The four spaces - a
    #   new model for the public library', New Library World 113 (2012). nb Inspirasjonsrommet (Johansen
    #   2018 and Salin 2018, UiT; Troms fylkesbibliotek 'Fireromsmodellen'); sv Inspirationsrummet (Borås
    #   thesis 'Folkbibliotekens verksamheter och roller', uppsatser.se).
    "inspiration": N_("Inspiration space"),
    # TRANSLATORS: nb Læringsrommet (UiT 2018; Troms fylkesbibliotek); sv Läranderummet (Borås thesis).
    "learning": N_("Learning space"),
    # TRANSLATORS: nb Møterommet (UiT 2018; Troms fylkesbibliotek); sv Mötesrummet (Borås thesis).
    "meeting": N_("Meeting space"),
    # TRANSLATORS: nb 'Det performative rommet', bokmål's double definite of 'et performativt rom'
    #   (Troms fylkesbibliotek; UiT 2018 writes 'det performative rom'). sv 'Det performativa rummet':
    #   no Swedish source found; the Borås thesis says 'skapanderummet', which netkort also reads.
    "performative": N_("Performative space"),
})
# A space is a stem plus one of the endings below ("læringsrummet", "møde-rum",
# "performativt rom", "Inspirasjonsrommet", "mødestedet", "meeting space"), after a
# leading article is dropped. Anything else ("Moderne dans", "Læringsforløb") is an
# error with a suggestion, never a guess.
SPACE_STEMS: dict[str, tuple[str, ...]] = {
    "inspiration": ("inspiration", "inspirasjon"),
    "learning": ("læring", "learning", "lärande", "lære"),
    "meeting": ("møde", "meeting", "møte", "möte"),
    # Swedish libraries also call it the creating space, 'skapanderummet' (a Borås thesis on Swedish
    # library plans), and Norwegian ones may write 'det skapende rommet'.
    "performative": ("performativ", "performance", "skapande", "skapende"),
}
SPACE_ENDINGS: tuple[str, ...] = (
    "", "s", "e", "t", "es", "et",
    "rum", "rummet", "srum", "srummet", "erum", "erummet", "trum", "trummet",
    "rom", "rommet", "srom", "srommet", "erom", "erommet", "trom", "trommet",
    "space", "sspace", "espace", "sted", "stedet", "ssted", "sstedet",
    "plats", "platsen", "splats", "splatsen",  # Swedish: mötesplats, lärandeplatsen
    "a", "arum", "arummet",  # Swedish adjectives: det performativa rummet
)
SPACE_ARTICLES: tuple[str, ...] = ("det", "den", "the", "de")
# Words that join two spaces in one cell: "Inspirationsrummet og Møderummet".
SPACE_JOINERS: tuple[str, ...] = ("og", "and", "samt", "och", "eller", "or", "&", "+")

# The four aims and our reading of the model: each space sits between two aims.
AIMS: tuple[str, ...] = ("experience", "empowerment", "involvement", "innovation")
AIM_LABELS = Labels({
    # TRANSLATORS: the four aims of the four-spaces model (Jochumsen, Hvenegaard Rasmussen & Skot-Hansen
    #   2012: experience, empowerment, involvement, innovation). Danish 'Erkendelse/oplevelse'; nb
    #   'Erkjennelse/opplevelse' and 'Empowerment' (Johansen 2018, UiT: 'ERKJENNELSE og EMPOWERMENT'); sv
    #   'Upplevelse', 'Engagemang' and nb 'Engasjement': no source found (our proposal).
    "experience": NC_("aim", "Experience"),
    "empowerment": NC_("aim", "Empowerment"),
    "involvement": NC_("aim", "Involvement"),
    "innovation": NC_("aim", "Innovation"),
})
SPACE_AIMS: dict[str, tuple[str, str]] = {
    "inspiration": ("experience", "innovation"),
    "learning": ("experience", "empowerment"),
    "meeting": ("empowerment", "involvement"),
    "performative": ("involvement", "innovation"),
}

# --- Sector --------------------------------------------------------------------
SECTORS: tuple[str, ...] = ("public", "private", "civil")
SECTOR_LABELS = Labels({
    # TRANSLATORS: an actor's sector, lower case. nb offentlig / privat / sivilsamfunn (Innlandet
    #   fylkesbibliotek, 'Biblioteket som samskaper'); sv offentlig / privat / civilsamhälle (Digiteket/MUCF).
    "public": NC_("sector", "public"),
    "private": NC_("sector", "private"),
    "civil": NC_("sector", "civil society"),
})
SECTOR_ALIASES: dict[str, tuple[str, ...]] = {
    "public": ("offentlig", "public", "offentleg", "offentlig sektor", "public sector",
               "kommunal", "kommune", "stat", "region"),
    "private": ("privat", "private", "privat sektor", "private sector", "erhverv",
                "næringsliv", "business"),
    "civil": ("civilsamfund", "civil society", "civil", "civilsamfundet",
              "sivilsamfunn", "civilsamhälle", "frivillig", "forening", "ngo",
              "tredje sektor", "third sector"),
}

# --- Agreement ("aftale") ------------------------------------------------------
AGREEMENTS: tuple[str, ...] = ("none", "oral", "agreement", "contract")  # weakest first
AGREEMENT_RANK: dict[str, int] = {agreement: rank for rank, agreement in enumerate(AGREEMENTS)}
AGREEMENT_LABELS = Labels({
    # TRANSLATORS: the kind of agreement with a partner, weakest first, lower case (the template's
    #   dropdown). General words, no domain source; each must stay a word netkort reads back
    #   (vocabulary.AGREEMENT_ALIASES): nb ingen / muntlig / samarbeidsavtale / kontrakt, sv ingen /
    #   muntligt / samarbetsavtal / kontrakt.
    "none": NC_("agreement", "none"),
    "oral": NC_("agreement", "oral"),
    "agreement": NC_("agreement", "cooperation agreement"),
    "contract": NC_("agreement", "contract"),
})
AGREEMENT_ALIASES: dict[str, tuple[str, ...]] = {
    "none": ("ingen", "none", "nej", "no", "ingen aftale", "ikke", "ingen avtale", "inget avtal",
             "inget", "no agreement"),
    "oral": ("mundtlig", "oral", "verbal", "muntlig", "mundtlig aftale", "muntlig avtale",
             "muntligt", "muntligt avtal", "oral agreement", "verbal agreement"),
    "agreement": ("samarbejdsaftale", "cooperation agreement", "agreement", "aftale",
                  "skriftlig", "skriftlig aftale", "samarbeidsavtale", "samarbetsavtal",
                  "partnerskabsaftale", "written", "written agreement", "avtale", "avtal",
                  "skriftlig avtale", "skriftligt avtal", "partnerskapsavtale"),
    "contract": ("kontrakt", "contract", "kontrakt underskrevet", "signed contract"),
}

# Actor types suggested in the template (free text is accepted).
ACTOR_TYPES: tuple[str, ...] = (
    "forening", "uddannelse", "kulturinstitution", "virksomhed",
    "kommunal forvaltning", "borger", "frivillig", "medie", "region/stat",
)
# Kinds of actor the development page follows, after the effect study of "Biblioteket som
# samskaper" (more relations to associations; the library seen inside the municipality). A type
# names a kind when one of its words is one of these, in any case, with a plural or definite
# ending ("Foreninger", "Kommunen", "klubben"), or ends in one ("Idrætsforening", "Boldklub",
# "Kulturforvaltningen"); "kommunal forvaltning" matches word by word. A part of a type that
# also names the state or a region is not the municipality ("statslig forvaltning", "region/stat").
ACTOR_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "association": ("forening", "klub", "klubb", "förening", "association", "club", "society"),
    "municipal": ("kommunal forvaltning", "kommune", "kommunal", "kommun", "forvaltning", "förvaltning",
                  "municipality", "municipal", "local authority", "city council"),
}
NOT_MUNICIPAL_WORDS: tuple[str, ...] = ("stat", "statslig", "statlig", "state", "national", "region",
                                        "regional", "fylke", "fylkeskommune", "landsting")
# Words that make an actor's type a private person (hidden by ``--public``), in every
# language netkort reads. netkort.privacy matches them word by word after folding (case,
# accents, look-alike letters), with plural and definite endings ("borgere", "invånarna",
# "citizens") and with one typing error in a word of six letters or more ("Frivilig"); the
# Danish, Norwegian and Swedish words also as the last part of a compound ("Seniorfrivillig",
# "Ressourceperson", "Plejeforældre"), since such a compound names what its last part names:
# "Frivilligcenter" and "Forældreforening" are organisations. Groups of people ("Familie",
# "Børn", "Unge") count: a type says what the actor is, and such an actor is people.
PRIVATE_PERSON_WORDS: dict[str, tuple[str, ...]] = {
    "da": ("borger", "medborger", "indbygger", "beboer", "privatperson", "privatpers", "privat", "priv",
           "person", "enkeltperson", "individ", "frivillig", "volontør", "ildsjæl", "forælder", "forældre",
           "bedsteforælder", "bedsteforældre", "mor", "far", "mormor", "farmor", "morfar", "farfar",
           "bedstemor", "bedstefar", "søn", "datter", "barn", "børn", "ung", "unge", "ungdom", "voksen",
           "ældre", "senior", "pensionist", "familie", "pårørende", "ægtefælle", "nabo", "gæst", "besøgende",
           "deltager", "kunde", "klient", "patient", "lejer", "medlem", "abonnent", "låner", "låntager",
           "lånetager", "bruger", "elev", "kursist", "studerende", "praktikant", "lærling", "mentor",
           "tovholder", "kontaktperson", "ambassadør", "forfatter", "kunstner", "foredragsholder",
           "musiker", "skuespiller", "fotograf", "illustrator", "oplæser", "underviser", "lærer", "pædagog",
           "konsulent", "freelancer", "ekspert", "forsker", "journalist", "politiker", "formand",
           "forperson", "forkvinde", "næstformand", "kasserer", "ejer", "indehaver", "stifter"),
    "nb": ("innbygger", "innbyggar", "borger", "borgar", "beboer", "privatperson", "privat", "person",
           "enkeltperson", "individ", "frivillig", "volontør", "ildsjel", "forelder", "foreldre", "foresatt",
           "foresatte", "besteforeldre", "mor", "far", "sønn", "datter", "barn", "ungdom", "ung", "unge",
           "voksen", "eldre", "senior", "pensjonist", "familie", "pårørende", "nabo", "gjest", "besøkende",
           "deltaker", "kunde", "klient", "pasient", "leietaker", "medlem", "låner", "lånetaker", "bruker",
           "elev", "kursdeltaker", "student", "lærling", "mentor", "forfatter", "kunstner",
           "foredragsholder", "musiker", "skuespiller", "fotograf", "lærer", "konsulent", "forsker",
           "journalist", "politiker", "leder", "eier"),
    "sv": ("medborgare", "invånare", "boende", "privatperson", "privat", "privatist", "person", "enskild",
           "enskild person", "individ", "frivillig", "volontär", "eldsjäl", "förälder", "föräldrar",
           "vårdnadshavare", "mamma", "pappa", "mor", "far", "son", "dotter", "barn", "ungdom", "ung", "unga",
           "vuxen", "vuxna", "äldre", "senior", "pensionär", "familj", "anhörig", "granne", "gäst",
           "besökare", "deltagare", "kund", "klient", "patient", "hyresgäst", "medlem", "låntagare",
           "användare", "elev", "kursdeltagare", "studerande", "student", "praktikant", "lärling", "mentor",
           "författare", "konstnär", "föreläsare", "musiker", "skådespelare", "fotograf", "lärare",
           "konsult", "forskare", "journalist", "politiker", "ordförande", "ägare"),
    "en": ("citizen", "private citizen", "resident", "inhabitant", "individual", "private individual",
           "private person", "private", "person", "people", "member of the public", "members of the public",
           "volunteer", "parent", "guardian", "carer", "caregiver", "mother", "father", "mum", "mom", "dad",
           "child", "children", "kid", "son", "daughter", "grandparent", "youth", "young people", "adult",
           "elderly", "senior", "relative", "family", "neighbour", "neighbor", "guest", "visitor",
           "participant", "customer", "client", "patient", "tenant", "member", "subscriber", "borrower",
           "patron", "user", "pupil", "student", "learner", "trainee", "apprentice", "intern", "mentor",
           "ambassador", "author", "writer", "artist", "speaker", "lecturer", "musician", "actor",
           "photographer", "teacher", "consultant", "freelancer", "expert", "researcher", "journalist",
           "politician", "chair", "chairman", "chairwoman", "chairperson", "owner", "founder", "pensioner",
           "retiree"),
}
PRIVATE_PERSON_TYPES: tuple[str, ...] = tuple(dict.fromkeys(
    word for words in PRIVATE_PERSON_WORDS.values() for word in words))
# Words that make a type an organisation's, in every language netkort reads. A public page
# names an actor only when every type it has is one of these (or, with no type, when its
# name is an organisation's name, see netkort.privacy): an unknown type fails closed and
# shows as "Ukendt aktør". They are matched like the person words, and they end compounds
# ("Idrætsforening", "Kulturhuset", "Ungdomsskole", "Jobcenter"); in one type an organisation
# word wins over a person word ("frivillig forening", "Forældreforening", "Volunteer centre").
ORGANISATION_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "da": ("forening", "klub", "skole", "uddannelse", "uddannelsesinstitution", "institution",
           "kulturinstitution", "daginstitution", "børnehave", "vuggestue", "dagtilbud", "dagpleje",
           "fritidshjem", "plejehjem", "bosted", "værested", "kollegium", "museum", "museet", "bibliotek",
           "arkiv", "galleri", "teater", "teatret", "biograf", "spillested", "scene", "virksomhed", "firma",
           "erhverv", "erhvervsliv", "butik", "handel", "detailhandel", "boghandel", "forlag", "trykkeri", "bryggeri",
           "hotel", "restaurant", "café", "cafe", "kro", "selskab", "koncern", "kommune", "kommunal",
           "forvaltning", "region", "regional", "stat", "statslig", "offentlig", "myndighed", "styrelse",
           "direktorat", "ministerium", "sekretariat", "enhed", "afdeling", "kontor", "medie", "medier",
           "presse", "avis", "avisen", "dagblad", "ugeavis", "radio", "tv", "redaktion", "kirke", "sogn",
           "menighed", "menighedsråd", "moské", "synagoge", "trossamfund", "center", "central",
           "huset", "hus", "kulturhus", "medborgerhus", "borgerhus", "forsamlingshus", "aktivitetshus",
           "ungdomshus", "beboerhus", "foreningshus", "netværk", "råd", "udvalg", "bestyrelse", "organisation", "sammenslutning",
           "bevægelse", "fællesskab", "forbund", "fagforening", "parti", "fond", "legat", "laug", "samfund",
           "kor", "orkester", "ensemble", "gruppe", "team", "lag", "projekt", "festival", "hospital",
           "sygehus", "klinik", "apotek", "politi", "universitet", "gymnasium", "akademi", "seminarium",
           "højskole", "efterskole", "skolen", "tjeneste", "service", "kooperativ", "andelsselskab",
           "boligselskab", "boligforening", "kollektiv", "bureau", "park", "zoo", "akvarium", "hal",
           "stadion", "marked", "ambassade", "konsulat", "ngo", "interesseorganisation"),
    "nb": ("forening", "klubb", "lag", "skole", "utdanning", "institusjon", "kulturinstitusjon",
           "barnehage", "museum", "museet", "bibliotek", "arkiv", "galleri", "teater", "kino", "virksomhet",
           "bedrift", "firma", "næringsliv", "butikk", "forlag", "selskap", "kommune", "kommunal",
           "fylkeskommune", "fylke", "forvaltning", "etat", "direktorat", "departement", "stat", "statlig",
           "offentlig", "myndighet", "medie", "medier", "avis", "kirke", "menighet", "sokn", "senter",
           "huset", "hus", "nettverk", "råd", "utvalg", "styre", "organisasjon", "stiftelse", "forbund",
           "fagforening", "parti", "kor", "korps", "orkester", "gruppe", "prosjekt", "sykehus", "universitet",
           "høgskole", "høyskole", "folkehøgskole", "videregående", "tjeneste", "avdeling", "kontor"),
    "sv": ("förening", "klubb", "skola", "utbildning", "institution", "kulturinstitution", "förskola",
           "museum", "museet", "bibliotek", "arkiv", "galleri", "teater", "biograf", "företag", "firma",
           "näringsliv", "butik", "handel", "förlag", "bolag", "aktiebolag", "kommun", "kommunal",
           "förvaltning", "region", "regional", "stat", "statlig", "offentlig", "myndighet", "verk",
           "departement", "media", "medier", "tidning", "kyrka", "församling", "center", "centrum",
           "huset", "hus", "nätverk", "råd", "nämnd", "styrelse", "organisation", "stiftelse", "förbund",
           "studieförbund", "fackförening", "parti", "kör", "orkester", "grupp", "projekt", "sjukhus",
           "universitet", "högskola", "folkhögskola", "gymnasium", "tjänst", "avdelning", "kontor",
           "sällskap", "samfund", "samfund", "kooperativ"),
    "en": ("association", "club", "school", "education", "educational institution", "institution",
           "cultural institution", "kindergarten", "nursery", "museum", "library", "archive", "gallery",
           "theatre", "theater", "cinema", "venue", "company", "business", "firm", "enterprise", "industry",
           "shop", "store", "publisher", "corporation", "municipality", "municipal", "municipal department",
           "local authority", "council", "government", "state", "public", "authority", "agency", "ministry",
           "department", "office", "media", "newspaper", "radio", "broadcaster", "church", "parish",
           "congregation", "mosque", "synagogue", "centre", "center", "house", "network", "board",
           "committee", "organisation", "organization", "charity", "foundation", "trust", "fund", "union",
           "federation", "party", "society", "choir", "orchestra", "ensemble", "group", "team", "project",
           "festival", "hospital", "clinic", "university", "college", "academy", "service", "cooperative",
           "bureau", "ngo", "nonprofit", "non-profit", "region", "regional"),
}
ORGANISATION_WORDS: tuple[str, ...] = tuple(dict.fromkeys(
    word for words in ORGANISATION_TYPE_WORDS.values() for word in words))
ORGANISATION_FORMS: tuple[str, ...] = ("as", "asa", "ab", "aps", "ivs", "is", "ks", "ps", "amba", "smba",
                                       "fmba", "ltd", "inc", "llc", "plc", "gmbh", "ev", "ngo", "hb", "kb",
                                       "ek", "ba", "sa")
# Words in a name that say a person is named: titles and roles ("Hr. Ole Olsen", "Lise Lund
# formand Læseklubben"). An actor whose name holds one is never named on a public page.
PERSON_NAME_WORDS: tuple[str, ...] = (
    "hr", "herr", "fru", "frk", "frøken", "fröken", "mr", "mrs", "ms", "miss", "dr", "prof",
    "formand", "forperson", "forkvinde", "næstformand", "leder", "direktør", "direktör", "chef",
    "kontaktperson", "tovholder", "koordinator", "sekretær", "kasserer", "ejer", "indehaver",
    "repræsentant", "medlem", "ordförande", "styreleder", "chair", "chairman", "director", "manager",
    "owner",
)
# Words that tie a person to an organisation in a name with no type ("Peter fra Skakklubben",
# "Ole hos Brugsen", "Klubben v/ Lise"): such a name is not an organisation's. The words of
# ORGANISATION_OF tie one only after a first word that is not an organisation's: "Center for
# Kultur" is an organisation, "Lise Lund for Læseklubben" a person.
PERSON_TIE_WORDS: tuple[str, ...] = ("fra", "från", "hos", "ved", "vid", "v", "til", "till", "co", "att",
                                     "attn", "from", "with", "via", "kontakt", "contact")
ORGANISATION_OF: tuple[str, ...] = ("for", "af", "of", "för", "av")

SCORE_RANGE = (1, 5)

# --- Columns ---------------------------------------------------------------------
# A header is read by meaning (netkort.read.headers): first as a whole against these
# aliases (an exact alias is the strongest evidence there is), then word by word against
# HEADER_WORDS below. Aliases are written as people write them; they are folded on use.
# field id -> header aliases (Danish, English, Norwegian, Swedish).
CONTACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("Navn", "Name", "Namn", "Organisation", "Organization", "Organisationsnavn",
             "Navn på aktør", "Organisasjon", "Virksomhed/organisation",
             "Interessent", "Intressent", "Stakeholder"),
    "id": ("Id", "Node id", "Vertex ID", "Key", "Nøgle"),
    "type": ("Type", "Aktørtype", "Actor type", "Kategori", "Category", "Slags", "Typ", "Aktörstyp"),
    "sector": ("Sektor", "Sector"),
    "contact_person": ("Kontaktperson", "Contact person", "Contact", "Kontakt", "Kontaktpersonen",
                       "contact_person"),
    "email": ("E-mail", "Email", "Mail", "E-post", "Epost", "Mailadresse", "E-mailadresse"),
    "phone": ("Telefon", "Phone", "Tlf", "Tlf.", "Telefonnummer", "Mobil", "Telephone"),
    "staff": ("Medarbejder", "Medarbejdere", "Medarbeider", "Staff", "Staff member",
              "Kontakt hos os", "Bibliotekets kontakt", "Ansvarlig", "Intern kontakt",
              "Library contact", "Medarbetare", "Kontaktansvarlig"),
    "level": ("Relation", "Relationstype", "Relasjon", "Niveau", "Level", "Relationsniveau",
              "Relation level", "Netværkscirkel", "Relasjonstype", "Relationsnivå"),
    "spaces": ("Rum", "Rom", "Biblioteksrum", "Space", "Spaces", "Library space",
               "Biblioteksrom", "Rummet", "Rum i biblioteksmodellen"),
    "groups": ("Målgrupper", "Målgruppe", "Target group", "Target groups", "Målgrupper/brugere",
               "Målgrupp", "Målgrupperna"),
    "influence": ("Indflydelse", "Influence", "Magt", "Power", "Innflytelse", "Inflytande", "Påverkan"),
    # Danish "påvirkning" is how affected someone is (the interest axis); Swedish "påverkan" is influence
    "interest": ("Interesse", "Påvirkning", "Interest", "Påvirket", "Interesse/påvirkning", "Intresse"),
    "agreement": ("Aftale", "Agreement", "Avtale", "Avtal", "Aftaletype"),
    "start": ("Start", "Startdato", "Start date", "Siden", "Since", "Oprettet", "Startdatum"),
    "last_contact": ("Sidste kontakt", "Sidst kontaktet", "Last contact", "Siste kontakt",
                     "Senaste kontakt", "Seneste kontakt", "last_contact"),
    "next_evaluation": ("Næste evaluering", "Evaluering", "Next evaluation", "Evaluation",
                        "Neste evaluering", "Evalueringsdato", "Nästa utvärdering", "Utvärdering",
                        "next_evaluation"),
    "activities": ("Aktiviteter", "Aktivitet", "Activities", "Activity", "Aktiviteter/projekter",
                   "Aktiviteter och projekt"),
    "tags": ("Tema", "Tags", "Tema/Tags", "Emner", "Theme", "Themes", "Initiativ", "Projekt"),
    "notes": ("Noter", "Bemærkninger", "Notes", "Note", "Kommentar", "Kommentarer",
              "Comments", "Merknader", "Anteckningar", "Description", "Beskrivelse", "Beskrivning"),
}
RELATION_COLUMNS: dict[str, tuple[str, ...]] = {
    "source": ("Fra", "From", "Source", "Kilde", "Från", "Vertex 1", "Aktør 1", "Actor 1"),
    "target": ("Til", "To", "Target", "Mål", "Till", "Vertex 2", "Aktør 2", "Actor 2"),
    "level": CONTACT_COLUMNS["level"],
    "note": ("Note", "Noter", "Notes", "Bemærkning", "Kommentar", "Description", "Beskrivelse", "Merknad",
             "Merknader", "Anteckning", "Anteckningar"),
    # a staff member's relation to an actor, when a graph file lists it as an edge
    "agreement": CONTACT_COLUMNS["agreement"],
    "start": CONTACT_COLUMNS["start"],
    "last_contact": CONTACT_COLUMNS["last_contact"],
    "next_evaluation": CONTACT_COLUMNS["next_evaluation"],
    "activities": CONTACT_COLUMNS["activities"],
}
STAFF_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("Navn", "Name", "Medarbejder", "Medarbeider", "Staff", "Namn"),
    "initials": ("Initialer", "Initials", "Forkortelse", "Initial", "Kortnavn", "Short name"),
    "department": ("Afdeling", "Team", "Afdeling/Team", "Department", "Avdeling",
                   "Avdelning", "Enhed", "Enhet"),
    "email": CONTACT_COLUMNS["email"],
}

# --- The guide's partnership tools ---------------------------------------------------
# "Har du tjek på…": the nine headings of the guide's checklist, in the guide's order, each with
# its points. A workbook's sheet Tjekliste has one row per partnership and one column per heading.
CHECKLIST: tuple[str, ...] = ("purpose", "communication", "evaluation", "motivation", "resources",
                              "organising", "knowledge", "tools", "anchoring")
CHECKLIST_LABELS = Labels({
    # TRANSLATORS: the nine headings of the checklist 'Har du tjek på…' in Byg partnerskaber! (the Danish
    #   guide, www.bygpartnerskaber.dk). No Norwegian or Swedish edition exists: our translation. Each
    #   must stay a header netkort reads back (vocabulary.CHECKLIST_COLUMNS).
    "purpose": NC_("checklist heading", "Purpose of the partnership"),
    "communication": NC_("checklist heading", "Communication planning"),
    "evaluation": NC_("checklist heading", "Evaluation plan"),
    "motivation": NC_("checklist heading", "Motivation"),
    "resources": NC_("checklist heading", "Resource plan"),
    "organising": NC_("checklist heading", "Organising the partnership"),
    "knowledge": NC_("checklist heading", "Knowing your partner"),
    "tools": NC_("checklist heading", "Working tools"),
    "anchoring": NC_("checklist heading", "Organising in your organisation"),
})
# Short column heads for a table nine headings wide.
CHECKLIST_SHORT = Labels({
    # TRANSLATORS: short column heads for the checklist's nine headings (a table nine columns wide).
    "purpose": NC_("checklist column", "Purpose"),
    "communication": NC_("checklist column", "Communication"),
    "evaluation": NC_("checklist column", "Evaluation"),
    "motivation": NC_("checklist column", "Motivation"),
    "resources": NC_("checklist column", "Resources"),
    "organising": NC_("checklist column", "Organising"),
    "knowledge": NC_("checklist column", "Knowing"),
    "tools": NC_("checklist column", "Tools"),
    "anchoring": NC_("checklist column", "In your organisation"),
})
CHECKLIST_POINTS = _Labels({
    # TRANSLATORS: the points under each heading of the checklist 'Har du tjek på…' (Byg partnerskaber!,
    #   the Danish guide); no Norwegian or Swedish edition exists: our translation.
    "purpose": (N_("A stated goal for the partnership"), N_("A stated link to the library's overall goals"),
                N_("An identified target group")),
    "communication": (N_("Communication between you and your partners"),
                      N_("Communication in your organisation"), N_("Marketing and mutual exposure")),
    "evaluation": (N_("Ongoing reflection on the partnership's progress and results"),
                   N_("Ongoing reflection on your cooperation"),
                   N_("A final evaluation of the partnership's results and cooperation")),
    "motivation": (N_("Your partner's gain"), N_("Your organisation's gain"), N_("Your shared gain")),
    "resources": (N_("The partnership's finances"), N_("The partnership's other resources"),
                  N_("Managing the partnership's finances and resources")),
    "organising": (N_("Identifying roles"), N_("Sharing the tasks"), N_("Sharing the responsibility")),
    "knowledge": (N_("The partner's organisation"), N_("The partner's resources and busiest times"),
                  N_("Ways to reach people in the partner organisation")),
    "tools": (N_("A written cooperation agreement"), N_("A time plan, including a plan for closing down"),
              N_("A tool for sharing documents")),
    "anchoring": (N_("Where the partnership sits in the organisation"), N_("Sharing responsibility and roles"),
                  N_("Involving management and relevant colleagues")),
})
# What the contact list itself shows of a heading's points: point index -> the evidence's id.
# netkort fills these in where the team has not answered (marked "udfyldt af netkort").
CHECKLIST_EVIDENCE: dict[str, dict[str, int]] = {
    "purpose": {"purpose": 0, "spaces": 1, "groups": 2},
    "evaluation": {"next_evaluation": 0},
    "organising": {"staff": 2},
    "knowledge": {"contact_person": 2},
    "tools": {"agreement": 0},
}
# Extra contact columns that state a partnership's purpose (kept as extra columns; matched folded).
PURPOSE_HEADERS: tuple[str, ...] = ("Formål", "Purpose", "Formål med partnerskabet", "Partnerskabets formål",
                                    "Mål", "Goal", "Goals", "Syfte", "Formål med samarbejdet", "Hensigt",
                                    "Aim", "Mål med partnerskabet", "Partnerskapets formål")

# The answers on the checklist (ja / delvis / nej) and to the 14 questions (ja / nej / ved ikke).
ANSWERS: tuple[str, ...] = ("yes", "partly", "no", "unknown")
ANSWER_LABELS = Labels({
    # TRANSLATORS: an answer on the checklist or to the 14 questions, lower case (the template's
    #   dropdown); each must stay a word netkort reads back (vocabulary.ANSWER_ALIASES).
    "yes": NC_("answer", "yes"),
    "partly": NC_("answer", "partly"),
    "no": NC_("answer", "no"),
    "unknown": NC_("answer", "don't know"),
})
ANSWER_ALIASES: dict[str, tuple[str, ...]] = {
    "yes": ("ja", "j", "yes", "y", "x", "✓", "✔", "☑", "ok", "1", "sand", "true", "sant", "jo", "jepp",
            "ja tak", "i orden", "på plads", "done", "klar", "fuldt", "fully", "helt"),
    "partly": ("delvis", "delvist", "delvis ja", "dels", "til dels", "tildels", "partly", "partially",
               "partial", "in part", "somewhat", "halvt", "½", "i gang", "igang", "in progress",
               "undervejs", "på vej", "halvvejs", "halvejs", "delvist ja", "delvis på plads", "nogenlunde", "noget"),
    "no": ("nej", "n", "no", "nei", "0", "-", "–", "false", "falsk", "usant", "ikke", "not", "mangler",
           "missing", "ingen", "none", "endnu ikke", "ikke endnu", "not yet", "inte", "nix"),
    "unknown": ("ved ikke", "vet ikke", "vet inte", "don't know", "dont know", "do not know", "unknown",
                "?", "??", "usikker", "unsure", "uvist", "vides ikke", "ikke afklaret", "uafklaret",
                "måske", "kanske", "kanskje", "maybe", "ukendt", "n/a", "na", "ikke relevant"),
}
# Answers to the 14 questions that are read as "ved ikke" but said so (a guess, not a don't-know).
HEDGED_UNKNOWN: tuple[str, ...] = ("måske", "kanske", "kanskje", "maybe", "ikke relevant", "n/a", "na")
# "How to say no!" (California Academy of Sciences, in the guide's translation): 14 questions used
# to decide for or against a potential partner or project. The Danish is the guide's own wording.
QUESTIONS: tuple[str, ...] = tuple(f"q{n}" for n in range(1, 15))
QUESTION_TEXTS = Texts((
    # TRANSLATORS: the 14 questions of 'How to Say No' (California Academy of Sciences) as the Danish
    #   guide Byg partnerskaber! words them; keep 'the Academy'. No nb/sv edition: our translation.
    N_("Does the project support the Academy's mission and vision?"),
    N_("Is there motivation and enthusiasm for the project internally?"),
    N_("Does the project also support the goals set by the Academy's individual departments?"),
    N_("Does the project help the Academy have a strong partnership portfolio overall?"),
    N_("Is there potential for growth and for replication? Is it scalable?"),
    N_("Will the results be measurable and lasting?"),
    N_("Will it increase our audience and reach?"),
    N_("Will it meet the audience's needs?"),
    N_("Will this initiative open the way to exceptional partnerships?"),
    N_("Will it let the Academy be at the forefront and excel?"),
    N_("Will we learn something from it?"),
    N_("Does it offer the staff a chance of professional development?"),
    N_("Do we have the capacity and the resources to do the work, or can we get the resources?"),
    N_("Can it be funded?"),
))
QUESTION_SHORT = Texts((
    # TRANSLATORS: the 14 questions of 'How to Say No' in a word or two, lower case (column heads, lists).
    NC_("question", "mission and vision"), NC_("question", "internal motivation"),
    NC_("question", "departments' goals"), NC_("question", "partnership portfolio"),
    NC_("question", "growth and replication"), NC_("question", "measurable results"),
    NC_("question", "audience and reach"), NC_("question", "audience needs"),
    NC_("question", "exceptional partnerships"), NC_("question", "at the forefront"),
    NC_("question", "learning"), NC_("question", "staff development"),
    NC_("question", "capacity and resources"), NC_("question", "funding"),
))
# Words that name one question in a shorter header ("Mission og vision", "Finansiering"): a word
# of the header that starts with one of these votes for that question.
QUESTION_WORDS: dict[str, dict[str, float]] = {
    "q1": {"mission": 0.9, "vision": 0.9},
    "q2": {"begejstring": 0.9, "enthusiasm": 0.9, "motivation": 0.7, "motivasjon": 0.7, "engagement": 0.6},
    "q3": {"afdeling": 0.9, "department": 0.9, "avdeling": 0.9, "avdelning": 0.9},
    "q4": {"portefolio": 0.9, "portefølje": 0.9, "portfolio": 0.9, "portfølje": 0.9, "portfölj": 0.9},
    "q5": {"vækst": 0.9, "replikation": 0.9, "skalerbar": 0.9, "growth": 0.9, "replication": 0.9,
           "scalab": 0.9, "vekst": 0.9, "tillväxt": 0.9},
    "q6": {"målbar": 0.9, "langtidsholdbar": 0.9, "measurab": 0.9, "lasting": 0.8, "effekt": 0.6},
    "q7": {"kontaktflade": 0.9, "reach": 0.9, "publikum": 0.6, "audience": 0.6, "øge": 0.6},
    "q8": {"behov": 0.9, "needs": 0.9, "tilgodese": 0.9},
    "q9": {"exceptionel": 0.9, "exceptional": 0.9, "enestående": 0.8},
    "q10": {"front": 0.9, "udmærke": 0.9, "forefront": 0.9, "excel": 0.8, "førende": 0.8, "profil": 0.6},
    "q11": {"lære": 0.9, "læring": 0.9, "learn": 0.9, "lärande": 0.9, "læra": 0.9},
    "q12": {"kompetenceudvikling": 0.9, "kompetence": 0.8, "kompetanse": 0.8, "kompetens": 0.8,
            "personale": 0.6, "development": 0.6},
    "q13": {"kapacitet": 0.9, "ressource": 0.8, "capacity": 0.9, "resource": 0.8, "kapasitet": 0.9,
            "resurs": 0.8, "ressurs": 0.8},
    "q14": {"finansier": 0.9, "fund": 0.9, "økonomi": 0.7, "financ": 0.9, "finansiering": 0.9},
}
# Words before a question's number in a header: "Spørgsmål 3", "Q3", "Sp. 3".
QUESTION_PREFIXES: tuple[str, ...] = ("q", "spørgsmål", "spm", "sp", "question", "fråga", "spørsmål", "nr", "no")

# The team's decision about a candidate: take it on (til), say no (fra), or not decided yet.
DECISIONS: tuple[str, ...] = ("yes", "no", "open")
DECISION_LABELS = Labels({
    # TRANSLATORS: the team's decision about a candidate (Danish 'til' / 'fra': choose it or say no),
    #   lower case (the template's dropdown); each must stay a word netkort reads back
    #   (vocabulary.DECISION_ALIASES).
    "yes": NC_("decision", "yes"),
    "no": NC_("decision", "no"),
    "open": NC_("decision", "not decided"),
})
DECISION_ALIASES: dict[str, tuple[str, ...]] = {
    "yes": ("til", "ja", "yes", "tilvalgt", "vælg til", "valgt", "vælges", "go", "godkendt", "accepted",
            "accept", "approved", "videre", "gå videre", "ja tak", "sig ja", "say yes", "tilvalg"),
    "no": ("fra", "nej", "no", "fravalgt", "vælg fra", "fravalg", "sig nej", "say no", "sagt nej", "afvist",
           "rejected", "declined", "nei", "nej tak", "no go", "stop"),
    "open": ("ikke besluttet", "afventer", "venter", "open", "pending", "undecided", "?", "måske", "maybe",
             "ved ikke", "uafklaret", "ikke afklaret", "not decided", "senere", "later", "parkeret",
             "inte beslutat", "inte bestämt", "obeslutat", "ikke avgjort", "ikke bestemt", "vet ikke", "vet inte"),
}

CHECKLIST_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("Partnerskab", "Partnerskaber", "Partnership", "Partnerships", "Partnerskap", "Partner",
             "Navn", "Name", "Namn", "Aktør", "Actor", "Samarbejdspartner", "Partnerskabets navn"),
    "purpose": ("Partnerskabets formål", "Formål", "Purpose", "Purpose of the partnership", "Partnerskapets formål",
                "Partnerskapets syfte", "Syfte", "Formålet"),
    "communication": ("Kommunikationsplanlægningen", "Kommunikationsplanlægning", "Kommunikationsplan",
                      "Kommunikationsplanen", "Kommunikation", "Communication", "Communication planning",
                      "Communication plan", "Kommunikasjon", "Kommunikasjonsplan", "Kommunikationsplanering",
                      "Kommunikasjonsplanleggingen", "Kommunikasjonsplanlegging", "Kommunikationsplaneringen"),
    "evaluation": ("Evalueringsplanen", "Evalueringsplan", "Evaluering", "Evaluation", "Evaluation plan",
                   "Utvärdering", "Utvärderingsplan", "Evalueringsplanen (evaluering)", "Utvärderingsplanen"),
    "motivation": ("Motivationsafklaringen", "Motivationsafklaring", "Motivation", "Motivasjon",
                   "Motivasjonsavklaring", "Udbytte", "Gain", "Benefits", "Motivasjonsavklaringen", "Motivationen"),
    "resources": ("Ressourceplanen", "Ressourceplan", "Ressourcer", "Resources", "Resource plan", "Ressursplan",
                  "Ressurser", "Resursplan", "Resurser", "Økonomi og ressourcer", "Ressursplanen", "Resursplanen"),
    "organising": ("Organisering af partnerskabet", "Organisering", "Roller", "Roller og ansvar", "Roles",
                   "Organising the partnership", "Organisation of the partnership", "Organisering av partnerskapet",
                   "Organiseringen av partnerskapet", "Roller, opgaver og ansvar"),
    "knowledge": ("Kendskab til din partner", "Kendskab til partneren", "Kendskab", "Knowing your partner",
                  "Knowledge of the partner", "Kjennskap til partneren", "Kjennskap til din partner",
                  "Kännedom om partnern", "Kendskab til partner", "Kännedom om din partner", "Kjennskap", "Kännedom"),
    "tools": ("Arbejdsredskaberne", "Arbejdsredskaber", "Redskaber", "Working tools", "Tools",
              "Arbeidsverktøy", "Arbetsverktyg", "Arbejdsværktøjer", "Arbeidsverktøyene", "Arbetsverktygen",
              "Verktøy", "Verktyg"),
    "anchoring": ("Organisering i din organisation", "Organisering i organisationen", "Organisering i egen organisation",
                  "Forankring", "Anchoring", "Organising in your organisation", "Organisation in your organisation",
                  "Organisering i din organisasjon", "Organisering i din organisering", "I egen organisation",
                  "Organiseringen i din organisation", "I egen organisasjon"),
    "note": ("Noter", "Note", "Notes", "Bemærkninger", "Kommentar", "Kommentarer", "Comments", "Merknad",
             "Merknader", "Anteckning", "Anteckningar"),
}
CANDIDATE_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("Kandidat", "Kandidater", "Candidate", "Candidates", "Potentiel partner", "Potential partner",
             "Mulig partner", "Partner", "Navn", "Name", "Namn", "Aktør", "Actor", "Projekt eller partner"),
    "fills": ("Udfylder", "Hul", "Rum eller hul", "Rum/hul", "Hvilket rum eller hul", "Fills", "Gap",
              "Space or gap", "Fyller", "Fyller hullet", "Udfylder hullet", "Rum", "Space", "Hvad udfylder den"),
    # a question's header is its text, with or without its number, in every language netkort writes
    **{q: tuple(dict.fromkeys(form for lang in QUESTION_TEXTS for form in (
           f"{n}. {QUESTION_TEXTS[lang][n - 1]}", QUESTION_TEXTS[lang][n - 1])))
       for n, q in enumerate(QUESTIONS, start=1)},
    "decision": ("Beslutning", "Decision", "Til eller fra", "Tilvalg eller fravalg", "Beslut", "Beslutning (til/fra)",
                 "Avgjørelse", "Konklusion", "Conclusion"),
    "note": CHECKLIST_COLUMNS["note"],
}

# How a name column is often called, for the message when none is found.
NAME_EXAMPLES: tuple[str, ...] = ("Navn", "Name", "Organisation", "Aktør", "Partner", "Interessent")

# Words that say what a column holds, for headers that are no exact alias: "Partnernavn",
# "Grad af indflydelse", "Kontaktperson hos biblioteket", "Organisasjon/enhet/gruppe".
# A header is split into words (and a compound into known words at its start or end);
# each word votes for a field with a strength: 0.9 the word names the field, 0.7 it
# usually does, 0.5 a hint that the column's values must confirm. Phrases of two words
# ("sidste kontakt") are matched before their words. The strongest vote wins.
HEADER_WORDS: dict[str, dict[str, float]] = {
    "name": {"navn": 0.9, "name": 0.9, "namn": 0.9, "organisation": 0.8, "organisasjon": 0.8,
             "organization": 0.8, "organisationsnavn": 0.9, "aktør": 0.8, "actor": 0.8,
             "aktor": 0.8, "partner": 0.8, "interessent": 0.8, "intressent": 0.8,
             "stakeholder": 0.8, "label": 0.8, "vertex": 0.8, "node": 0.6, "virksomhed": 0.6,
             "institution": 0.6, "enhet": 0.6, "enhed": 0.6, "gruppe": 0.5, "forening": 0.5,
             "hvem": 0.6, "who": 0.6, "vem": 0.6, "hvem er det": 0.7, "company": 0.8, "firma": 0.8,
             "hedder": 0.8, "heter": 0.8, "called": 0.7},
    "id": {"id": 0.7, "key": 0.6, "nr": 0.6, "nummer": 0.6, "number": 0.6, "cvr": 0.7, "nummeret": 0.6},
    "type": {"type": 0.8, "typ": 0.8, "kategori": 0.7, "category": 0.7, "slags": 0.6, "form": 0.5,
             "art": 0.5},
    "sector": {"sektor": 0.9, "sector": 0.9},
    "contact_person": {"kontaktperson": 0.9, "kontakt": 0.7, "contact": 0.7, "person": 0.5,
                       "kontaktpersonen": 0.9, "fornavn": 0.7, "efternavn": 0.7, "etternavn": 0.7,
                       "förnamn": 0.7, "efternamn": 0.7, "first name": 0.7, "last name": 0.7,
                       "given name": 0.7, "surname": 0.7, "mellemnavn": 0.6},
    "email": {"email": 0.9, "mail": 0.9, "epost": 0.9, "mailadresse": 0.9},
    "phone": {"telefon": 0.9, "phone": 0.9, "tlf": 0.9, "telefonnummer": 0.9, "mobil": 0.8,
              "tel": 0.7, "telephone": 0.9, "mobilnummer": 0.9},
    "staff": {"medarbejder": 0.9, "medarbejdere": 0.9, "medarbeider": 0.9, "medarbetare": 0.9,
              "staff": 0.9, "ansvarlig": 0.8, "ansvarig": 0.8, "ansat": 0.7, "ansatt": 0.7,
              "employee": 0.7, "kontaktansvarlig": 0.9, "tovholder": 0.8, "bibliotekar": 0.7,
              "lead": 0.6, "hvem kender": 0.8, "hvem hos os": 0.9, "kontakt hos os": 0.9, "owner": 0.7,
              "ejer": 0.6, "eier": 0.6, "ägare": 0.6},
    "level": {"relation": 0.9, "relasjon": 0.9, "relationstype": 0.9, "relasjonstype": 0.9,
              "niveau": 0.8, "level": 0.8, "nivå": 0.8, "netværkscirkel": 0.9,
              "relationsniveau": 0.9, "samarbejde": 0.5, "samarbeid": 0.5, "samarbete": 0.5,
              "tilknytning": 0.5, "tilknytting": 0.5, "anknytning": 0.5, "status": 0.5,
              "strength": 0.5, "styrke": 0.5, "weight": 0.5, "vægt": 0.5, "vekt": 0.5,
              "vikt": 0.5},
    "spaces": {"rum": 0.8, "rom": 0.8, "space": 0.8, "spaces": 0.8, "biblioteksrum": 0.9,
               "biblioteksrom": 0.9, "rummet": 0.8, "rommet": 0.8},
    "groups": {"målgruppe": 0.9, "målgrupper": 0.9, "målgrupp": 0.9, "group": 0.6, "groups": 0.6,
               "brugere": 0.6, "brukere": 0.6, "users": 0.6, "audience": 0.7},
    "influence": {"indflydelse": 0.9, "influence": 0.9, "innflytelse": 0.9, "inflytande": 0.9,
                  "påverkan": 0.9, "påvirkningskraft": 0.9,
                  "magt": 0.9, "makt": 0.9, "power": 0.9},
    "interest": {"interesse": 0.9, "interest": 0.9, "intresse": 0.9, "påvirkning": 0.9,
                 "påvirket": 0.9, "berørthed": 0.9, "berørt": 0.8,
                 "berørthet": 0.9, "affected": 0.8, "impact": 0.6},
    "agreement": {"aftale": 0.9, "agreement": 0.9, "avtale": 0.9, "avtal": 0.9, "kontrakt": 0.7,
                  "contract": 0.7},
    "start": {"start": 0.8, "startdato": 0.9, "siden": 0.6, "since": 0.6, "oprettet": 0.6},
    "last_contact": {"sidste kontakt": 0.9, "seneste kontakt": 0.9, "last contact": 0.9,
                     "siste kontakt": 0.9, "senaste kontakt": 0.9, "sidst kontaktet": 0.9,
                     "sist kontaktet": 0.9, "sist kontakt": 0.9, "senest kontaktet": 0.9,
                     "senest kontakt": 0.9, "last contacted": 0.9, "senast kontaktad": 0.9,
                     "sidst kontakt": 0.9, "latest contact": 0.9},
    "next_evaluation": {"evaluering": 0.8, "evaluation": 0.8, "utvärdering": 0.8,
                        "evalueringsdato": 0.9, "review": 0.7, "next review": 0.9, "opfølgning": 0.7,
                        "oppfølging": 0.7, "uppföljning": 0.7},
    "activities": {"aktiviteter": 0.9, "aktivitet": 0.9, "activities": 0.9, "activity": 0.9,
                   "projekter": 0.6, "arrangementer": 0.6},
    "tags": {"tema": 0.8, "tags": 0.9, "tag": 0.9, "emne": 0.7, "emner": 0.7, "theme": 0.8,
             "themes": 0.8, "nøgleord": 0.8, "keywords": 0.8, "initiativ": 0.6, "projekt": 0.6},
    "notes": {"noter": 0.9, "note": 0.9, "notes": 0.9, "bemærkning": 0.9, "bemærkninger": 0.9,
              "kommentar": 0.9, "kommentarer": 0.9, "comments": 0.9, "comment": 0.9,
              "merknad": 0.9, "merknader": 0.9, "anteckning": 0.9, "anteckningar": 0.9,
              "beskrivelse": 0.8, "description": 0.8, "beskrivning": 0.8},
    "note": {"noter": 0.9, "note": 0.9, "notes": 0.9, "bemærkning": 0.9, "bemærkninger": 0.9,
             "kommentar": 0.9, "kommentarer": 0.9, "comments": 0.9, "comment": 0.9, "merknad": 0.9,
             "merknader": 0.9, "anteckning": 0.9, "anteckningar": 0.9, "beskrivelse": 0.8,
             "description": 0.8, "beskrivning": 0.8},
    "initials": {"initialer": 0.9, "initials": 0.9, "forkortelse": 0.7},
    "department": {"afdeling": 0.9, "avdeling": 0.9, "avdelning": 0.9, "department": 0.9,
                   "team": 0.8, "enhed": 0.7, "enhet": 0.7},
    "source": {"fra": 0.8, "from": 0.8, "source": 0.9, "kilde": 0.9, "från": 0.8},
    "target": {"til": 0.8, "to": 0.8, "target": 0.9, "mål": 0.7, "till": 0.8},
    # the checklist's headings (sheet Tjekliste) and the candidates' columns (sheet Kandidater)
    "purpose": {"formål": 0.9, "purpose": 0.9, "syfte": 0.9, "goal": 0.7, "mål": 0.6},
    "communication": {"kommunikation": 0.9, "communication": 0.9, "kommunikasjon": 0.9,
                      "kommunikationsplan": 0.9, "kommunikationsplanlægning": 0.9, "markedsføring": 0.6},
    "evaluation": {"evaluering": 0.9, "evaluation": 0.9, "evalueringsplan": 0.9, "utvärdering": 0.9,
                   "refleksion": 0.6},
    "motivation": {"motivation": 0.9, "motivationsafklaring": 0.9, "motivasjon": 0.9, "udbytte": 0.8,
                   "gain": 0.7, "benefits": 0.7},
    "resources": {"ressourcer": 0.9, "ressource": 0.9, "ressourceplan": 0.9, "resources": 0.9,
                  "ressurser": 0.9, "resurser": 0.9, "økonomi": 0.7},
    "organising": {"organisering": 0.8, "roller": 0.8, "roles": 0.8, "opgaver": 0.7, "ansvarsfordeling": 0.8,
                   "organising": 0.8, "organizing": 0.8},
    "knowledge": {"kendskab": 0.9, "knowledge": 0.9, "kjennskap": 0.9, "kännedom": 0.9, "knowing": 0.8},
    "tools": {"arbejdsredskaber": 0.9, "redskaber": 0.9, "værktøjer": 0.8, "tools": 0.9, "arbeidsverktøy": 0.9},
    "anchoring": {"forankring": 0.9, "anchoring": 0.9, "din organisation": 0.9, "egen organisation": 0.9,
                  "your organisation": 0.9, "din organisasjon": 0.9, "forankret": 0.8},
    "fills": {"udfylder": 0.9, "hul": 0.9, "gap": 0.9, "fills": 0.9, "fyller": 0.9, "rum": 0.7,
              "space": 0.7, "rom": 0.7},
    "decision": {"beslutning": 0.9, "decision": 0.9, "beslut": 0.9, "avgjørelse": 0.9, "konklusion": 0.7,
                 "tilvalg": 0.8, "fravalg": 0.8},
}
# A row that starts with one of these is a total, not a contact ("I alt", "Total: 12").
TOTAL_WORDS: tuple[str, ...] = ("i alt", "ialt", "total", "totalt", "totals", "sum", "summa", "subtotal",
                                "grand total", "samlet", "tilsammen", "til sammen")

# Words that make a header a count ("Antal brugere", "Number of visits"): a number, not a field.
QUANTITY_WORDS: tuple[str, ...] = ("antal", "antall", "count", "number of", "amount", "beløb", "beløp",
                                   "belopp", "sum", "pris", "price", "budget", "budsjett")

# Words that make a header an identifier: "Org.nr", "CVR-nummer" is no name.
ID_WORDS: tuple[str, ...] = ("nr", "nummer", "number", "cvr", "id", "nummeret")

# Words that say whose a person is: "Kontaktperson hos biblioteket" is a staff member,
# "Ansvarlig hos partneren" the actor's own contact person.
OUR_WORDS: tuple[str, ...] = ("biblioteket", "bibliotekets", "bibliotek", "library", "os", "vores",
                              "intern", "internt", "interne", "our", "us", "huset", "husets", "oss",
                              "våres", "biblioteksmedarbejder", "vår", "vi", "internal")
THEIR_WORDS: tuple[str, ...] = ("partneren", "partnerens", "aktøren", "aktørens", "ekstern",
                                "eksterne", "external", "their", "organisationen", "organisationens",
                                "foreningen", "foreningens", "organisasjonen", "organisasjonens",
                                "partners", "aktøren", "interessenten", "interessentens")
# Words that carry no meaning of their own in a header ("Grad af indflydelse").
HEADER_FILLER: tuple[str, ...] = ("hos", "på", "af", "av", "for", "of", "the", "i", "ved", "med",
                                  "og", "and", "om", "pr", "per", "grad", "degree", "level of",
                                  "en", "et", "ett", "a", "an", "nr", "no", "til", "to", "fra",
                                  "from", "dato", "date", "datum")
# Fields whose values say whether a column holds them: a header alone that is no exact alias
# (a word vote) must be confirmed by the values, and values alone can carry a column that is
# clearly one of these (mostly level words is a level column, whatever its header says).
VALUE_CHECKED = ("level", "sector", "spaces", "agreement", "influence", "interest", "start",
                 "last_contact", "next_evaluation", "email", "phone", *CHECKLIST, *QUESTIONS, "decision")
VALUE_ONLY = ("level", "spaces")
# Fields of which a row may hold several columns: their values are joined, not an error.
MULTI_VALUED = ("email", "phone", "staff", "spaces", "groups", "tags", "notes", "note", "activities")

# Word scales for the 1-5 scores, one table for every language: "Høj" reads as 4.
# check shows each column's words once ("Høj → 4").
SCORE_WORDS: dict[int, tuple[str, ...]] = {
    5: ("meget høj", "meget stor", "very high", "svært høy", "veldig høy", "svært stor",
        "veldig stor", "mycket hög", "mycket stor", "very large", "maksimal", "meget"),
    4: ("høj", "høy", "hög", "high", "stor", "large", "big", "betydelig", "betydande", "considerable",
        "h"),
    3: ("middel", "middels", "medel", "medium", "moderat", "moderate", "mellem", "mellom", "mellan",
        "noget", "noen", "some", "m"),
    2: ("lav", "låg", "low", "lille", "liten", "litt", "lidt", "small", "little", "begrænset",
        "begrenset", "begränsad", "limited", "l"),
    1: ("meget lav", "meget lille", "very low", "svært lav", "veldig lav", "svært liten",
        "mycket låg", "mycket liten", "very small", "ingen", "none", "ingen/ikke", "inget", "ikke"),
}
# Words of a period ("jan 2024", "forår 2025", "Q3 2024"): a column of them is no relation end.
PERIOD_WORDS: tuple[str, ...] = (
    "jan", "januar", "january", "januari", "feb", "februar", "february", "februari", "mar", "marts",
    "mars", "march", "apr", "april", "maj", "mai", "may", "jun", "juni", "june", "jul", "juli", "july",
    "aug", "august", "augusti", "sep", "sept", "september", "okt", "oct", "oktober", "october", "nov",
    "november", "dec", "des", "december", "desember", "forår", "vår", "spring", "sommer", "sommar",
    "summer", "efterår", "høst", "höst", "autumn", "fall", "vinter", "winter", "q1", "q2", "q3", "q4",
    "uge", "uke", "vecka", "week", "primo", "medio", "ultimo", "fra", "til", "from", "to", "siden", "since")

# Marks in a column per choice ("x" under "Læring"): what says yes, and what says no.
MARK_WORDS: dict[str, tuple[str, ...]] = {
    "yes": ("x", "ja", "yes", "j", "y", "✓", "✔", "☑", "1", "sand", "true", "sant", "•", "*"),
    "no": ("nej", "no", "n", "nei", "0", "-", "false", "falsk", "usant"),
}

# A column of weights 1, 2 and 3 (Gephi's Weight, a Strength) gives the network circle's levels.
WEIGHT_LEVELS: dict[str, str] = {"1": "network", "2": "cooperation", "3": "partnership"}
WEIGHT_WORDS: tuple[str, ...] = ("weight", "vægt", "vekt", "vikt", "strength", "styrke", "styrka")

# What a node in another tool's file is, from its type (Kumu's Type, Onodo's Type, netkort's
# own kind): a staff member, or the house itself. Everything else is an actor.
STAFF_NODE_TYPES: tuple[str, ...] = ("staff", "medarbejder", "medarbejdere", "ansat", "ansatte",
                                     "employee", "employees", "medarbeider", "medarbeidere", "ansatt",
                                     "ansatte", "tilsett", "anställd", "anstalld", "medarbetare",
                                     "personale", "bibliotekar", "librarian", "staff member")
LIBRARY_NODE_TYPES: tuple[str, ...] = ("library", "bibliotek", "biblioteket", "huset", "the library", "the house",
                                       "folkebibliotek", "folkebiblioteket", "bibliotheque",
                                       "public library", "folkbibliotek", "huset selv")

# Sheet names that say what a sheet is (matched folded, by prefix: "Kontakter 2025").
SHEET_NAMES: dict[str, tuple[str, ...]] = {
    "contacts": ("Kontakter", "Contacts", "Aktører", "Actors", "Netværk", "Network",
                 "Partnere", "Partners", "Kontaktliste", "Elements", "Nodes", "Vertices", "Noder",
                 "Interessenter", "Stakeholders"),
    "relations": ("Relationer", "Relations", "Relasjoner", "Forbindelser", "Links", "Relationer mellem aktører",
                  "Connections", "Edges", "Kanter", "Relationen", "Relationer"),
    "staff": ("Medarbejdere", "Staff", "Medarbeidere", "Ansatte", "Personale", "Medarbetare"),
    "checklist": ("Tjekliste", "Checkliste", "Checklist", "Sjekkliste", "Checklista", "Har du tjek på",
                  "Partnerskabstjek"),
    "candidates": ("Kandidater", "Candidates", "Kandidatar", "Potentielle partnere", "Potential partners",
                   "Mulige partnere", "How to say no", "Kandidatvurdering"),
    # sheets for people, not data: skipped without a warning
    "notes": ("Vejledning", "Instruktioner", "Instructions", "Læs mig", "Readme", "Read me",
              "Forside", "Front page", "Lister", "Lists", "Info", "Veiledning",
              "Problemer", "Problems", "Problem"),  # the sheet netkort merge writes
}

# How fields are named to people (the template's headers), for messages.
FIELD_LABELS = _Labels({
    # TRANSLATORS: a column of the contact workbook, as the template heads it and messages name it. Each
    #   must stay a header netkort reads back (vocabulary.CONTACT_COLUMNS and the other *_COLUMNS).
    "name": NC_("field", "Name"), "type": NC_("field", "Type"), "sector": NC_("field", "Sector"),
    "contact_person": NC_("field", "Contact person"), "email": NC_("field", "Email"),
    "phone": NC_("field", "Phone"), "staff": NC_("field", "Staff"), "level": NC_("field", "Relation"),
    "spaces": NC_("field", "Spaces"), "groups": NC_("field", "Target groups"),
    "influence": NC_("field", "Influence"), "interest": NC_("field", "Interest"),
    "agreement": NC_("field", "Agreement"), "start": NC_("field", "Start"),
    "last_contact": NC_("field", "Last contact"), "next_evaluation": NC_("field", "Next evaluation"),
    "activities": NC_("field", "Activities"), "tags": NC_("field", "Tags"), "notes": NC_("field", "Notes"),
    "id": NC_("field", "Id"), "source": NC_("field", "From"), "target": NC_("field", "To"),
    "note": NC_("field", "Note"), "department": NC_("field", "Department"),
    "initials": NC_("field", "Initials"),
    **CHECKLIST_LABELS.msgids, "fills": NC_("field", "Fills"), "decision": NC_("field", "Decision"),
    **{q: Phrase(NC_("field", "Question {n}"), n=n) for n, q in enumerate(QUESTIONS, start=1)},
})

# netkort merge keeps a conflicting value in "<column> (anden værdi)" (in the merge's language);
# reading checks such a column, in any language, with the parser of the column it belongs to.
# TRANSLATORS: the end of a merged workbook's column of set-aside values, "Sektor (anden værdi)";
#   nb 'annen verdi', sv 'annat värde' (general).
OTHER_VALUE_MARK = NC_("workbook column", "other value")
OTHER_VALUE = " (anden værdi)"


def other_value(lang: str) -> str:
    """The end of merge's column of other values in ``lang``: " (anden værdi)", " (other value)"."""
    return f" ({translate(OTHER_VALUE_MARK, lang)})"


def other_base(column: str) -> str | None:
    """The column an "(anden værdi)" column, in any language, belongs to; None for any other column.

    >>> other_base("Sektor (anden værdi)"), other_base("Sector (other value)"), other_base("Sektor")
    ('Sektor', 'Sector', None)
    """
    if not column.endswith(")"):
        return None
    for mark in _other_values():
        if column.endswith(mark):
            return column[:-len(mark)]
    return None


_OTHER_VALUES: tuple[str, ...] = ()


def _other_values() -> tuple[str, ...]:
    global _OTHER_VALUES
    if not _OTHER_VALUES:
        _OTHER_VALUES = tuple(dict.fromkeys([OTHER_VALUE, *(other_value(lang) for lang in LANGS)]))
    return _OTHER_VALUES

# Multi-valued cells are split on these.
LIST_SEPARATORS = ";,/|\n"
STAFF_SEPARATORS = ";,/&\n"
