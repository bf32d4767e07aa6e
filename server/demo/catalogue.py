"""Who and what the demo is about: fictitious French companies, people and products.

Every company, person, address and number here is invented. Phone numbers use the ranges ARCEP
reserves for fiction (01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 06 39 98); company
e-mails use the reserved `.example` domain."""

from typing import NamedTuple

DEMO_PASSWORD = "SavDemo!2026"


class StaffMember(NamedTuple):
    email: str
    full_name: str
    role: str  # built-in role code
    rates: tuple[tuple[int, str], ...]  # hourly cost history: (days before the end, €/h), oldest first
    availability: str


class Company(NamedTuple):
    name: str
    street: str
    postal_code: str
    city: str
    phone_prefix: str
    domain: str
    share: int  # relative number of tickets
    active: bool = True


class Item(NamedTuple):
    sku: str
    name: str
    gender: str  # "m" / "f": how a sentence names it (product_forms)
    kind: str  # payment, till, printer, device, software, service
    description: str
    serial_prefix: str
    price: int  # € excl. VAT


STAFF = [  # the administrator first: they record everyone's cost rates
    StaffMember("admin@origyne.fr", "Sophie Marchand", "administrator", ((900, "52.00"), (150, "55.00")), "available"),
    StaffMember("agent@origyne.fr", "Julien Roche", "agent", ((700, "38.00"), (120, "41.50")), "available"),
    StaffMember("agent2@origyne.fr", "Camille Besson", "agent", ((500, "36.00"), (60, "39.00")), "busy"),
    StaffMember("nadia.haddad@origyne.fr", "Nadia Haddad", "agent", ((420, "40.00"),), "available"),
    StaffMember("thomas.lemaire@origyne.fr", "Thomas Lemaire", "agent", ((800, "44.00"), (200, "46.00")), "away"),
    StaffMember("elodie.garnier@origyne.fr", "Élodie Garnier", "agent", ((300, "35.50"),), "available"),
]

# The demo client accounts, each of a different customer: (e-mail, full name, CUSTOMERS index, job).
DEMO_CLIENTS = [
    ("client.a@demo.fr", "Claire Lefèvre", 0, "Gérante"),
    ("client.b@demo.fr", "Marc Moreau", 1, "Chef d'atelier"),
]

CUSTOMERS = [
    Company("Boulangerie Pâtisserie Lefèvre", "27 cours Gambetta", "69003", "Lyon", "04 65 71",
            "boulangerie-lefevre.example", 12),
    Company("Garage Moreau & Fils", "14 route de Vannes", "44100", "Nantes", "02 61 91",
            "garage-moreau.example", 10),
    Company("Pharmacie du Vieux-Port", "5 quai du Port", "13002", "Marseille", "04 65 71",
            "pharmacie-vieuxport.example", 11),
    Company("Hôtel Les Tilleuls", "3 avenue d'Albigny", "74000", "Annecy", "04 65 71",
            "hotel-lestilleuls.example", 7),
    Company("Brasserie Le Saint-Georges", "41 rue Nationale", "59000", "Lille", "03 53 01",
            "brasserie-saintgeorges.example", 9),
    Company("Librairie Papeterie Rousseau", "18 rue Sainte-Catherine", "33000", "Bordeaux", "05 36 49",
            "librairie-rousseau.example", 6),
    Company("Fromagerie Girard", "9 rue des Orfèvres", "67000", "Strasbourg", "03 53 01",
            "fromagerie-girard.example", 5),
    Company("Cave des Coteaux", "22 rue de la Liberté", "21000", "Dijon", "03 53 01",
            "cave-des-coteaux.example", 5),
    Company("Optique Vision Claire", "60 rue d'Alsace-Lorraine", "31000", "Toulouse", "05 36 49",
            "vision-claire.example", 8),
    Company("Fleurs et Jardins Mercier", "7 place des Lices", "35000", "Rennes", "02 61 91",
            "fleurs-mercier.example", 6),
    Company("Épicerie Fine Delorme", "12 rue de la Loge", "34000", "Montpellier", "04 65 71",
            "epicerie-delorme.example", 8),
    # A former customer: its tickets stop a few months before the end, its logins are deactivated.
    Company("Salon Élégance Coiffure", "33 boulevard Victor-Hugo", "06000", "Nice", "04 65 71",
            "salon-elegance.example", 4, active=False),
]

FIRST_NAMES = [
    "Antoine", "Aurélie", "Bruno", "Céline", "Damien", "Delphine", "Émilie", "Fabien", "Florence",
    "Guillaume", "Hélène", "Isabelle", "Jérôme", "Karine", "Laurent", "Lucie", "Mathieu", "Nathalie",
    "Nicolas", "Olivier", "Pauline", "Pierre", "Sandrine", "Sébastien", "Stéphanie", "Sylvain",
    "Valérie", "Vincent", "Yann", "Zoé",
]
LAST_NAMES = [
    "Arnaud", "Barbier", "Bertrand", "Blanchard", "Bonnet", "Chevalier", "Clément", "Colin", "Dumas",
    "Fabre", "Faure", "Fontaine", "Gauthier", "Guérin", "Henry", "Joly", "Lambert", "Lemoine",
    "Marchal", "Masson", "Mathieu", "Meunier", "Morel", "Noël", "Perrin", "Renard", "Robin", "Roussel",
    "Schmitt", "Vidal",
]
JOB_TITLES = [
    "Gérant", "Gérante", "Responsable de magasin", "Comptable", "Assistante de direction",
    "Responsable informatique", "Chef de rayon", "Directeur administratif et financier", "Caissière principale",
]

PRODUCTS = [
    Item("ORG-TPE-T200", "Terminal de paiement fixe T200", "m", "payment",
         "TPE filaire Ethernet, sans contact, imprimante intégrée.", "T2", 389),
    Item("ORG-TPE-M5", "Terminal de paiement portable M5 (4G)", "m", "payment",
         "TPE mobile 4G et Wi-Fi, batterie 12 h.", "M5", 529),
    Item("ORG-PIN-P10", "Pavé PIN sans contact P10", "m", "payment",
         "Pavé client déporté pour caisse, sans contact.", "P1", 179),
    Item("ORG-CAI-15", "Caisse enregistreuse tactile 15 pouces", "f", "till",
         "Caisse tactile compacte pour commerces de proximité.", "CA", 1290),
    Item("ORG-CAI-POS", "Poste de caisse tout-en-un Origyne POS", "m", "till",
         "Écran 15,6 pouces, processeur 4 cœurs, écran client intégré.", "PS", 1890),
    Item("ORG-IMP-TH80", "Imprimante de tickets thermique TH80", "f", "printer",
         "Imprimante 80 mm, USB et Ethernet, massicot automatique.", "TH", 249),
    Item("ORG-IMP-ET58", "Imprimante d'étiquettes ET58", "f", "printer",
         "Étiquettes prix et codes-barres, 58 mm.", "ET", 319),
    Item("ORG-TIR-CT41", "Tiroir-caisse métal CT41", "m", "device",
         "Tiroir 5 billets, 8 pièces, ouverture par l'imprimante.", "CT", 119),
    Item("ORG-LEC-LS20", "Lecteur de codes-barres LS20", "m", "device", "Douchette filaire 1D/2D.", "LS", 89),
    Item("ORG-BAL-BP15", "Balance poids-prix BP15", "f", "device",
         "Balance homologuée 15 kg, connectée à la caisse.", "BP", 690),
    Item("ORG-AFF-EC10", "Écran afficheur client 10 pouces", "m", "device",
         "Afficheur client pour poste de caisse.", "EC", 210),
    Item("ORG-LOG-COM", "Logiciel de caisse Origyne Commerce", "m", "software",
         "Licence annuelle, conforme NF525.", "LC", 480),
    Item("ORG-LOG-STK", "Module de gestion de stock", "m", "software",
         "Inventaires, réassort et alertes de stock.", "GS", 240),
    Item("ORG-LOG-FID", "Module fidélité clients", "m", "software",
         "Cartes de fidélité, remises et campagnes SMS.", "LF", 180),
    Item("ORG-RES-R4G", "Routeur 4G de secours", "m", "device",
         "Bascule automatique des paiements en 4G si la box tombe.", "R4", 199),
    Item("ORG-MNT-SER", "Contrat de maintenance Sérénité", "m", "service",
         "Intervention sur site sous 4 h ouvrées (GTR), prêt de matériel.", "MS", 360),
]
HARDWARE_KINDS = frozenset({"payment", "till", "printer", "device"})


def product_forms(item: Item) -> dict[str, str]:
    """How a sentence names a product: "le terminal…", "l'imprimante…", "une balance…"."""
    lowered = item.name[0].lower() + item.name[1:]
    definite = "l'" if lowered[0] in "aeéèêiouy" else "le " if item.gender == "m" else "la "
    return {
        "product": item.name,
        "the_product": f"{definite}{lowered}",
        "The_product": f"{definite.capitalize()}{lowered}",
        "one_product": f"{'un' if item.gender == 'm' else 'une'} {lowered}",
    }
