"""What the shell's banner says about a link it could not open, in French (through Qt
translation). Values come from a parsed link: one line, no control characters, shown as plain text."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.links.operations import Missing, Unresolved
from desktop.links.parsing import LinkRefused, Refusal

_CONTEXT = "links"

_REFUSALS: dict[Refusal, str] = {
    Refusal.MALFORMED: QT_TRANSLATE_NOOP("links", "Lien SAV invalide : il n'a pas la forme origyne-sav://tickets/…"),
    Refusal.TOO_LONG: QT_TRANSLATE_NOOP("links", "Lien SAV invalide : il est trop long."),
    Refusal.UNKNOWN_SCHEME: QT_TRANSLATE_NOOP("links", "Ce lien n'est pas un lien du SAV Origyne (origyne-sav://)."),
    Refusal.UNKNOWN_PATH: QT_TRANSLATE_NOOP(
        "links",
        "Lien SAV non reconnu : seuls les liens « tickets/new » et « tickets/<référence> » sont pris en charge.",
    ),
    Refusal.UNKNOWN_PARAMETER: QT_TRANSLATE_NOOP("links", "Lien SAV invalide : il contient un paramètre inconnu."),
    Refusal.REPEATED_PARAMETER: QT_TRANSLATE_NOOP("links", "Lien SAV invalide : un paramètre y figure deux fois."),
    Refusal.MISSING_CUSTOMER: QT_TRANSLATE_NOOP("links", "Lien SAV incomplet : il ne précise pas le client."),
    Refusal.ORDER_AND_DELIVERED_PRODUCT: QT_TRANSLATE_NOOP(
        "links", "Lien SAV invalide : il précise à la fois une commande et un produit livré ; un seul est possible."
    ),
    Refusal.VALUE_TOO_LONG: QT_TRANSLATE_NOOP("links", "Lien SAV invalide : une valeur dépasse la longueur permise."),
    Refusal.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP(
        "links", "Lien SAV invalide : il contient des espaces ou des caractères de contrôle."
    ),
}

_MISSING: dict[Missing, str] = {
    Missing.CUSTOMER: QT_TRANSLATE_NOOP("links", "Aucun client du SAV n'a l'identifiant CRM « {value} »."),
    Missing.FOREIGN_CUSTOMER: QT_TRANSLATE_NOOP(
        "links", "Ce lien concerne un autre client que votre société : il ne peut pas être ouvert avec ce compte."
    ),
    Missing.ORDER: QT_TRANSLATE_NOOP(
        "links", "Commande « {value} » introuvable pour ce client : le ticket est prérempli sans elle."
    ),
    Missing.DELIVERED_PRODUCT: QT_TRANSLATE_NOOP(
        "links", "Produit livré n° « {value} » introuvable pour ce client : le ticket est prérempli sans lui."
    ),
    Missing.TICKET: QT_TRANSLATE_NOOP("links", "Ticket {value} introuvable, ou vous n'y avez pas accès."),
}

_NOT_ALLOWED = QT_TRANSLATE_NOOP("links", "Votre rôle ne permet pas d'ouvrir ce lien du SAV.")
_NO_NEW_TICKET = QT_TRANSLATE_NOOP("links", "Votre espace ne permet pas de créer un ticket depuis ce lien.")


def _translate(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def refusal_text(refused: LinkRefused) -> str:
    return _translate(_REFUSALS[refused.reason])


def unresolved_text(unresolved: Unresolved) -> str:
    return _translate(_MISSING[unresolved.missing]).format(value=unresolved.value)


def not_allowed_text() -> str:
    return _translate(_NOT_ALLOWED)


def no_new_ticket_text() -> str:
    return _translate(_NO_NEW_TICKET)
