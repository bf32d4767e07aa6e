from django.db import migrations

DEFAULT_CATEGORIES = [
    ("Commande", "Question ou problème sur une commande"),
    ("Demande d'assistance", "Aide à l'utilisation ou panne d'un produit livré"),
    ("Livraison", "Retard, colis endommagé ou incomplet"),
    ("Garantie et retour", "Retour, échange ou réparation sous garantie"),
    ("Facturation", "Facture, avoir ou paiement"),
    ("Résiliation", "Fin de contrat ou de service"),
]


def create_default_categories(apps, schema_editor):
    Category = apps.get_model("tickets", "Category")
    for position, (name, description) in enumerate(DEFAULT_CATEGORIES):
        Category.objects.get_or_create(name=name, defaults={"description": description, "position": position})


class Migration(migrations.Migration):
    dependencies = [("tickets", "0001_initial")]
    operations = [migrations.RunPython(create_default_categories, migrations.RunPython.noop)]
