"""Words the demo CRM is made of: French towns, company names, people and Origyne's catalogue.

Every company, person and number is invented. Phones use the ranges ARCEP reserves for fiction
(01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, mobiles 06 39 98); e-mails use the reserved
`.example` domain. Towns and postal codes are real."""

from typing import NamedTuple


class Town(NamedTuple):
    postal_code: str
    city: str
    country: str  # ISO 3166 alpha-2


class Article(NamedTuple):
    ref: str
    label: str
    description: str
    family: str
    price_cents: int  # excl. VAT
    serialised: bool  # one delivery row (with its serial number) per unit delivered
    serial_prefix: str
    unit: str  # "u" (units), "m" (metres), "h" (hours): how quantities are counted


TOWNS = [Town(code, city, "FR") for code, city in (
    ("75002", "Paris"), ("75011", "Paris"), ("75015", "Paris"), ("92100", "Boulogne-Billancourt"),
    ("93200", "Saint-Denis"), ("94300", "Vincennes"), ("78000", "Versailles"), ("91300", "Massy"),
    ("95000", "Cergy"), ("77100", "Meaux"), ("69002", "Lyon"), ("69100", "Villeurbanne"),
    ("42000", "Saint-Étienne"), ("38000", "Grenoble"), ("73000", "Chambéry"), ("74000", "Annecy"),
    ("13001", "Marseille"), ("13100", "Aix-en-Provence"), ("83000", "Toulon"), ("06000", "Nice"),
    ("84000", "Avignon"), ("30000", "Nîmes"), ("34000", "Montpellier"), ("66000", "Perpignan"),
    ("31000", "Toulouse"), ("33000", "Bordeaux"), ("64000", "Pau"), ("64100", "Bayonne"),
    ("87000", "Limoges"), ("86000", "Poitiers"), ("17000", "La Rochelle"), ("44000", "Nantes"),
    ("49000", "Angers"), ("35000", "Rennes"), ("29200", "Brest"), ("56100", "Lorient"),
    ("37000", "Tours"), ("45000", "Orléans"), ("72000", "Le Mans"), ("14000", "Caen"),
    ("76000", "Rouen"), ("76600", "Le Havre"), ("59000", "Lille"), ("59100", "Roubaix"),
    ("62000", "Arras"), ("80000", "Amiens"), ("51100", "Reims"), ("57000", "Metz"),
    ("54000", "Nancy"), ("67000", "Strasbourg"), ("68100", "Mulhouse"), ("25000", "Besançon"),
    ("21000", "Dijon"), ("63000", "Clermont-Ferrand"), ("03100", "Montluçon"), ("18000", "Bourges"),
    ("26000", "Valence"), ("05000", "Gap"), ("20000", "Ajaccio"), ("97400", "Saint-Denis"),
)]
FOREIGN_TOWNS = [Town("1000", "Bruxelles", "BE"), Town("4000", "Liège", "BE"), Town("1110", "Luxembourg", "LU"),
                 Town("1201", "Genève", "CH")]

# Fiction ranges by the postal code's region (first digit of the French phone number).
PHONE_RANGES = {"1": "1 99 00", "2": "2 61 91", "3": "3 53 01", "4": "4 65 71", "5": "5 36 49"}
MOBILE_RANGE = "6 39 98"
COUNTRY_CALLING_CODES = {"FR": "33", "BE": "32", "LU": "352", "CH": "41"}


def region_digit(postal_code: str) -> str:
    """The first digit of a French landline number for a department (Île-de-France 1, north-west 2…)."""
    department = int(postal_code[:2])
    if department in (75, 77, 78, 91, 92, 93, 94, 95):
        return "1"
    if department in (14, 18, 22, 27, 28, 29, 35, 36, 37, 41, 44, 45, 49, 50, 53, 56, 61, 72, 76, 85, 97):
        return "2"
    if department in (2, 8, 10, 21, 25, 39, 51, 52, 54, 55, 57, 58, 59, 60, 62, 67, 68, 70, 71, 80, 88, 89, 90):
        return "3"
    if department in (1, 3, 4, 5, 6, 7, 13, 15, 20, 26, 30, 34, 38, 42, 43, 48, 63, 66, 69, 73, 74, 83, 84):
        return "4"
    return "5"


STREET_TYPES = ["rue", "rue", "rue", "avenue", "boulevard", "place", "chemin", "allée", "impasse", "route", "quai"]
STREET_NAMES = [
    "de la République", "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "Pasteur", "des Lilas",
    "de la Gare", "Gambetta", "Jules Ferry", "du Moulin", "de l'Église", "des Acacias", "Nationale",
    "du Commerce", "Émile Zola", "de Verdun", "des Tilleuls", "Carnot", "du 8 Mai 1945", "de la Liberté",
    "Voltaire", "du Stade", "des Écoles", "Anatole France", "de Paris", "du Port", "de la Mairie",
    "Louis Pasteur", "des Artisans", "Saint-Michel",
]
BUSINESS_PARKS = ["ZA des Landes", "ZI du Vert Galant", "ZAC de la Plaine", "Parc d'activités du Levant",
                  "ZA Les Portes du Sud", "Technopôle Atalante"]

# Trades of Origyne's customers: shops, workshops, clinics, schools, public bodies.
TRADES = [
    "Boulangerie", "Pharmacie", "Garage", "Transports", "Imprimerie", "Menuiserie", "Plomberie",
    "Électricité", "Cabinet dentaire", "Cabinet comptable", "Cabinet d'avocats", "Agence immobilière",
    "Clinique vétérinaire", "Laboratoire", "Optique", "Librairie", "Hôtel", "Restaurant", "Brasserie",
    "Boucherie", "Fromagerie", "Cave", "Fleuriste", "Auto-école", "Pressing", "Quincaillerie",
    "Maçonnerie", "Charpente", "Carrosserie", "Ambulances", "Taxis", "Architectes", "Géomètres-experts",
    "Bureau d'études", "Agence de voyages", "Salon de coiffure", "Institut de beauté", "Supermarché",
    "Matériaux", "Logistique",
]
PLACES = ["du Centre", "de la Gare", "du Port", "des Halles", "du Marché", "de la Vallée", "du Lac",
          "des Alpes", "de l'Ouest", "du Littoral", "des Remparts", "du Château"]
NAME_STEMS = ["Techni", "Proxi", "Agri", "Bati", "Medi", "Logi", "Info", "Termi", "Nova", "Alti", "Hydro",
              "Euro", "Solu", "Domo", "Trans"]
NAME_ENDINGS = ["sud", "com", "plus", "concept", "service", "nord", "pro", "tec", "sys", "ouest"]
LEGAL_FORMS = ["SARL", "SARL", "SAS", "SAS", "SAS", "SASU", "EURL", "SA"]
PUBLIC_BODIES = ["Mairie de", "Communauté de communes de", "Collège de", "Lycée professionnel de",
                 "Centre hospitalier de", "Office de tourisme de"]
MAILBOXES = ["contact", "accueil", "compta", "administration", "secretariat"]

FIRST_NAMES = [  # (first name, "M." or "Mme")
    *((name, "M.") for name in (
        "Antoine", "Bruno", "Damien", "Fabien", "Guillaume", "Jérôme", "Laurent", "Mathieu", "Nicolas",
        "Olivier", "Pierre", "Sébastien", "Sylvain", "Vincent", "Yann", "Thomas", "Julien", "Romain",
        "Christophe", "Philippe", "Frédéric", "Stéphane", "Alexandre", "Hugo", "Karim", "Mehdi", "Kevin",
        "François", "Benoît", "Cédric",
    )),
    *((name, "Mme") for name in (
        "Aurélie", "Céline", "Delphine", "Émilie", "Florence", "Hélène", "Isabelle", "Karine", "Lucie",
        "Nathalie", "Pauline", "Sandrine", "Stéphanie", "Valérie", "Zoé", "Camille", "Julie", "Sophie",
        "Marie", "Laure", "Chloé", "Manon", "Sarah", "Inès", "Nadia", "Amandine", "Virginie", "Caroline",
        "Élodie", "Agnès",
    )),
]
LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefebvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Lefèvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez",
    "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas",
    "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier",
    "Robin", "Masson", "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly",
    "Gautier", "Roger", "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez", "Marchand",
    "Dufour", "Blanchard", "Marie", "Barbier", "Brun", "Dumas", "Brunet", "Schmitt", "Leroux", "Colin",
    "Fernandez", "Pierre", "Renard", "Arnaud", "Rolland", "Caron", "Aubert", "Giraud", "Leclerc", "Vidal",
    "Bourgeois", "Renaud", "Lemoine", "Picard", "Gaillard", "Philippe", "Leclercq", "Lacroix", "Fabre",
    "Dupuis", "Olivier", "Rodriguez", "Da Silva", "Hubert", "Louis", "Charles", "Guillot", "Rivière",
    "Le Gall", "Guillaume", "Adam", "Rey", "Moulin", "Gonzalez", "Berger", "Lecomte", "Menard", "Fleury",
    "Deschamps", "Carpentier", "Julien", "Benoit", "Paris", "Maillard", "Marchal", "Aubry", "Vasseur",
    "Le Roux", "Renault", "Jacquet", "Collet", "Prévost", "Poirier", "Charpentier", "Royer", "Huet",
    "Baron", "Dupuy", "Pons", "Paul", "Laine", "Carré", "Breton", "Rémy", "Schneider", "Perrot", "Guyot",
    "Barre", "Marty", "Cousin",
]
JOB_TITLES = [
    "Gérant", "Directeur général", "Directeur administratif et financier", "Comptable", "Assistante de direction",
    "Responsable informatique", "Technicien informatique", "Responsable achats", "Responsable logistique",
    "Chef d'atelier", "Office manager", "Responsable des services généraux", "Directeur d'agence",
    "Chef de projet", "Responsable de magasin", "Directeur des systèmes d'information", "Secrétaire général",
]

# (family code, label, description, price range € excl. VAT, serialised, unit, models)
_FAMILIES = [
    ("IMPL", "Imprimante laser monochrome A4", "Recto verso automatique, réseau Ethernet et Wi-Fi.",
     (180, 650), True, "u", ("L2100dn", "L3200dw", "L4400dn", "L5600dn")),
    ("IMPC", "Imprimante laser couleur A4", "Couleur 4 toners, recto verso, bac 550 feuilles.",
     (320, 1400), True, "u", ("C3300dn", "C4500dw", "C6200dn")),
    ("MFP3", "Multifonction laser couleur A3", "Copie, impression, numérisation recto verso, finisseur en option.",
     (2400, 7900), True, "u", ("MX3050", "MX4070", "MX5071")),
    ("MFP4", "Multifonction laser A4", "Impression, copie, numérisation vers e-mail, chargeur 50 feuilles.",
     (290, 1200), True, "u", ("M2540", "M3655", "M4125")),
    ("IMTH", "Imprimante thermique de tickets 80 mm", "USB, Ethernet et série, massicot automatique.",
     (190, 420), True, "u", ("TH80", "TH80W")),
    ("IMET", "Imprimante d'étiquettes à transfert thermique", "203 ou 300 dpi, étiquettes jusqu'à 110 mm.",
     (350, 1600), True, "u", ("ET4203", "ET4300", "ET6300")),
    ("SW", "Commutateur réseau administrable", "Gigabit, VLAN, agrégation de liens, montage en baie 19 pouces.",
     (160, 2900), True, "u", ("G8P", "G24", "G24P", "G48", "G48P", "X24S")),
    ("RTR", "Pare-feu et routeur VPN", "Pare-feu nouvelle génération, VPN IPsec et SSL, double WAN.",
     (450, 4800), True, "u", ("FW100", "FW300", "FW600", "FW1200")),
    ("WIFI", "Borne Wi-Fi 6 plafonnier", "Double bande, PoE, gestion centralisée.", (140, 620), True, "u",
     ("AX1800", "AX3000", "AX5400")),
    ("SRVR", "Serveur rack", "Double alimentation, contrôleur RAID, garantie 3 ans sur site.", (2900, 14900),
     True, "u", ("R1-24", "R1-32", "R2-48", "R2-64")),
    ("SRVT", "Serveur tour", "Format tour silencieux pour petit bureau, 4 disques.", (1400, 4200), True, "u",
     ("T1-16", "T2-32")),
    ("NAS", "Serveur de stockage NAS", "Sauvegarde, partage de fichiers, instantanés.", (390, 3900), True, "u",
     ("N2", "N4", "N8", "N12R")),
    ("TPE", "Terminal de paiement", "Sans contact, carte bancaire, titres-restaurant.", (290, 690), True, "u",
     ("P200", "P400M", "P500G")),
    ("PDV", "Terminal point de vente tactile", "Écran 15 pouces, tiroir-caisse et afficheur client.",
     (990, 2400), True, "u", ("POS15", "POS15P", "POS22")),
    ("PDA", "Terminal mobile durci", "Lecteur code-barres 2D, Android, IP65.", (690, 1900), True, "u",
     ("MT40", "MT60", "MT80")),
    ("PC", "Poste de travail", "Processeur 8 cœurs, 16 Go, SSD 512 Go, Windows 11 Pro.", (690, 1600), True, "u",
     ("D5", "D7", "D7M")),
    ("PORT", "Ordinateur portable professionnel", "14 pouces, 16 Go, SSD 512 Go, garantie 3 ans.",
     (890, 2200), True, "u", ("N14", "N14P", "N16")),
    ("ECR", "Écran professionnel", "Dalle IPS, pied réglable, USB-C.", (140, 720), True, "u",
     ("E24", "E27", "E27Q", "E34W")),
    ("OND", "Onduleur line-interactive", "Montage tour ou rack, carte réseau de supervision.", (190, 2600),
     True, "u", ("1000VA", "1500VA", "2200VA", "3000VAR")),
    ("TIP", "Téléphone IP", "SIP, PoE, écran couleur, deux comptes.", (90, 390), True, "u",
     ("T31", "T46", "T57W")),
    ("LEC", "Lecteur de codes-barres", "1D et 2D, filaire ou sans fil.", (90, 340), True, "u",
     ("LS20", "LS40W")),
    ("VISIO", "Système de visioconférence", "Caméra 4K, barre de son, micros de table.", (1200, 5400), True, "u",
     ("V20", "V40")),
]
_BRANDS = [("KLX", "Kalyx"), ("NRV", "Norvane"), ("TRL", "Trelis"), ("ORG", "Origyne")]
_SUPPLIES = [  # (ref, label, description, € excl. VAT, unit)
    ("CONS-TON-N", "Toner noir haute capacité", "Environ 10 000 pages.", 89, "u"),
    ("CONS-TON-C", "Toner couleur (cyan, magenta ou jaune)", "Environ 6 000 pages.", 129, "u"),
    ("CONS-TAMB", "Tambour d'imagerie", "Environ 60 000 pages.", 149, "u"),
    ("CONS-PAP80", "Rouleaux papier thermique 80 mm (carton de 50)", "Sans bisphénol.", 45, "u"),
    ("CONS-ETQ", "Étiquettes thermiques 100 x 50 mm (carton de 12 rouleaux)", "Mandrin 76 mm.", 96, "u"),
    ("CABL-CAT6", "Câble réseau Cat. 6A au mètre", "Câble F/UTP LS0H, posé ou fourni.", 3, "m"),
    ("CABL-FIBR", "Fibre optique multimode OM4 au mètre", "Câble intérieur/extérieur 12 brins.", 6, "m"),
    ("CORD-RJ2", "Cordon RJ45 Cat. 6 2 m", "Cordon de brassage.", 4, "u"),
    ("BAIE-12U", "Baie de brassage 12U", "Porte vitrée, ventilation.", 390, "u"),
    ("DISK-4TO", "Disque dur 4 To NAS", "7 200 tr/min, garantie 3 ans.", 139, "u"),
    ("RAM-16", "Barrette mémoire 16 Go DDR5", "Pour postes et serveurs.", 69, "u"),
    ("SERV-INST", "Forfait installation et mise en service", "Sur site, paramétrage et formation courte.", 190, "u"),
    ("SERV-HTEC", "Heure d'intervention technicien", "Facturée à la demi-heure.", 85, "h"),
    ("SERV-DEPL", "Frais de déplacement", "Zone 1 à 3.", 65, "u"),
    ("SERV-FORM", "Journée de formation utilisateurs", "Sur site, 6 personnes au plus.", 890, "u"),
    ("CTR-MAINT", "Contrat de maintenance annuel", "Intervention J+1 ouvré, pièces et main-d'œuvre.", 480, "u"),
    ("CTR-GTR4", "Contrat de maintenance GTR 4 h", "Rétablissement sous 4 heures ouvrées.", 1290, "u"),
    ("CTR-EXTG", "Extension de garantie 2 ans", "Retour atelier.", 120, "u"),
    ("LOG-SAUV", "Licence logiciel de sauvegarde (1 an)", "Par serveur protégé.", 390, "u"),
    ("LOG-SECU", "Licence antivirus postes (1 an)", "Par poste.", 35, "u"),
]
# Lines typed by hand on an order, with no catalogue article: (label, € excl. VAT low, high).
FREE_LINES = [
    ("Frais de port et d'emballage", 15, 45),
    ("Remise exceptionnelle", -250, -20),
    ("Reprise ancien matériel", -300, -50),
    ("Déplacement hors zone", 80, 180),
]


def catalogue() -> list[Article]:
    """About 200 articles: every family in each brand's models, then supplies and services."""
    articles = []
    for family, label, description, (low, high), serialised, unit, models in _FAMILIES:
        for brand_index, (brand_code, brand) in enumerate(_BRANDS):
            for model_index, model in enumerate(models):
                if (brand_index + model_index) % 4 == 3:  # no brand makes every model
                    continue
                step = (high - low) * (model_index + 1) // (len(models) + 1)
                price = low + step + brand_index * 7
                articles.append(Article(
                    ref=f"{family}-{brand_code}-{model}".upper(), label=f"{label} {brand} {model}",
                    description=description, family=family, price_cents=price * 100, serialised=serialised,
                    serial_prefix=f"{brand_code[0]}{family[0]}{family[-1]}{model_index}", unit=unit,
                ))
    for ref, label, description, price, unit in _SUPPLIES:
        family = ref.split("-")[0]
        articles.append(Article(ref, label, description, family, price * 100, False, "", unit))
    return articles
