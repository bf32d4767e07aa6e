"""French text (through Qt translation) for every error the user can meet. The server sends a
stable `code`; this is the one place that turns codes into sentences."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.api.errors import ApiError
from desktop.auth.token_store import SecureStorageUnavailable

_CONTEXT = "errors"

_MESSAGES: dict[str, str] = {
    "offline": QT_TRANSLATE_NOOP(
        "errors", "Le serveur est injoignable. Vérifiez votre connexion ; nous réessayons automatiquement."
    ),
    "session_expired": QT_TRANSLATE_NOOP("errors", "Votre session a expiré. Reconnectez-vous pour continuer."),
    "insecure_server_url": QT_TRANSLATE_NOOP(
        "errors",
        "Adresse refusée : la connexion doit être chiffrée (https://). Seul un serveur local peut utiliser http://.",
    ),
    "invalid_server_url": QT_TRANSLATE_NOOP("errors", "Adresse de serveur invalide. Exemple : https://sav.origyne.fr"),
    "invalid_credentials": QT_TRANSLATE_NOOP("errors", "Adresse e-mail ou mot de passe incorrect."),
    "account_locked": QT_TRANSLATE_NOOP(
        "errors", "Trop de tentatives de connexion échouées. Réessayez dans quelques minutes."
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "errors", "Trop de demandes en peu de temps. Patientez un instant puis réessayez."
    ),
    "token_not_valid": QT_TRANSLATE_NOOP("errors", "Votre session n'est plus valide. Reconnectez-vous."),
    "not_authenticated": QT_TRANSLATE_NOOP("errors", "Vous devez être connecté."),
    "authentication_failed": QT_TRANSLATE_NOOP("errors", "Votre session n'est plus valide. Reconnectez-vous."),
    "user_inactive": QT_TRANSLATE_NOOP("errors", "Ce compte a été désactivé. Contactez votre administrateur."),
    "customer_inactive": QT_TRANSLATE_NOOP(
        "errors", "L'accès de votre société au SAV Origyne est désactivé. Contactez votre interlocuteur Origyne."
    ),
    "password_changed": QT_TRANSLATE_NOOP("errors", "Votre mot de passe a changé. Reconnectez-vous."),
    "permission_denied": QT_TRANSLATE_NOOP("errors", "Votre rôle ne permet pas cette action."),
    "staff_only": QT_TRANSLATE_NOOP("errors", "Cette action est réservée à l'équipe Origyne."),
    "no_customer": QT_TRANSLATE_NOOP("errors", "Votre compte n'est rattaché à aucune société cliente."),
    "not_found": QT_TRANSLATE_NOOP("errors", "Élément introuvable ou inaccessible."),
    "validation_error": QT_TRANSLATE_NOOP("errors", "Certains champs sont invalides. Corrigez-les puis réessayez."),
    "unknown_field": QT_TRANSLATE_NOOP("errors", "La demande contient un champ non autorisé."),
    "unknown_parameter": QT_TRANSLATE_NOOP("errors", "Filtre non reconnu."),
    "invalid_ordering": QT_TRANSLATE_NOOP("errors", "Tri non reconnu."),
    "malformed_request": QT_TRANSLATE_NOOP("errors", "La demande est mal formée."),
    "transition_not_allowed": QT_TRANSLATE_NOOP("errors", "Ce changement de statut n'est pas possible maintenant."),
    "ticket_closed": QT_TRANSLATE_NOOP("errors", "Ce ticket est clôturé : ouvrez un nouveau ticket si besoin."),
    "ticket_not_resolved": QT_TRANSLATE_NOOP("errors", "Vous pourrez noter ce ticket une fois résolu."),
    "already_rated": QT_TRANSLATE_NOOP("errors", "Vous avez déjà noté ce ticket."),
    "idempotency_key_reused": QT_TRANSLATE_NOOP("errors", "Cet envoi a déjà été fait avec un contenu différent."),
    "attachment_extension_mismatch": QT_TRANSLATE_NOOP(
        "errors",
        "Fichier refusé : son extension ne correspond pas à son contenu, ou désigne un type qui peut lancer un "
        "programme (.bat, .exe, .js, .html…). Renommez-le avec l'extension de son contenu (.pdf, .jpg, .docx, .txt…).",
    ),
    "attachment_macros_not_allowed": QT_TRANSLATE_NOOP(
        "errors",
        "Fichier refusé : ce document contient des macros. Enregistrez-le sans macros (.docx, .xlsx, .pptx) puis "
        "joignez-le à nouveau.",
    ),
    "attachment_type_not_allowed": QT_TRANSLATE_NOOP(
        "errors",
        "Ce type de fichier ne peut pas être joint : envoyez une image, un PDF, un document bureautique, un texte "
        "ou une archive.",
    ),
    "attachment_too_large": QT_TRANSLATE_NOOP("errors", "Fichier trop volumineux pour être joint."),
    "attachment_name_invalid": QT_TRANSLATE_NOOP(
        "errors", "Nom de fichier refusé : il ne peut contenir ni chemin ni caractère de contrôle."
    ),
    "attachment_not_found": QT_TRANSLATE_NOOP(
        "errors", "Une pièce jointe n'est plus disponible : retirez-la puis joignez le fichier à nouveau."
    ),
    "too_many_attachments": QT_TRANSLATE_NOOP("errors", "Trop de pièces jointes pour un seul message."),
    "attachment_file_missing": QT_TRANSLATE_NOOP("errors", "Le fichier de cette pièce jointe est introuvable."),
    "not_assignable": QT_TRANSLATE_NOOP("errors", "Cette personne ne peut pas être assignée à ce ticket."),
    "not_staff": QT_TRANSLATE_NOOP("errors", "Seul un membre de l'équipe Origyne peut être choisi."),
    "cannot_see_ticket": QT_TRANSLATE_NOOP("errors", "Cette personne n'a pas accès à ce ticket."),
    "must_be_future": QT_TRANSLATE_NOOP("errors", "Choisissez une date à venir."),
    "reminder_fired": QT_TRANSLATE_NOOP("errors", "Ce rappel a déjà été déclenché."),
    "not_found_for_customer": QT_TRANSLATE_NOOP("errors", "Cet élément n'appartient pas à la société du ticket."),
    "order_and_delivered_product": QT_TRANSLATE_NOOP(
        "errors", "Choisissez une commande ou un produit livré, pas les deux."
    ),
    "wrong_password": QT_TRANSLATE_NOOP("errors", "Le mot de passe actuel est incorrect."),
    "reset_code_invalid": QT_TRANSLATE_NOOP("errors", "Code invalide ou expiré. Demandez un nouveau code."),
    "cannot_deactivate_self": QT_TRANSLATE_NOOP("errors", "Vous ne pouvez pas désactiver votre propre compte."),
    "builtin_role": QT_TRANSLATE_NOOP("errors", "Un rôle intégré ne peut pas être supprimé."),
    "role_in_use": QT_TRANSLATE_NOOP("errors", "Ce rôle est attribué à des utilisateurs : réattribuez-les d'abord."),
    "already_exists": QT_TRANSLATE_NOOP("errors", "Cet élément existe déjà."),
    "immutable": QT_TRANSLATE_NOOP("errors", "Ce champ ne peut plus être modifié."),
    "conflict": QT_TRANSLATE_NOOP("errors", "L'élément a changé entre-temps. Rechargez puis réessayez."),
    "email_taken": QT_TRANSLATE_NOOP("errors", "Un compte utilise déjà cette adresse e-mail."),
    "contact_taken": QT_TRANSLATE_NOOP("errors", "Ce contact a déjà un compte."),
    "contact_not_of_customer": QT_TRANSLATE_NOOP("errors", "Ce contact appartient à une autre société."),
    "not_allowed_for_staff": QT_TRANSLATE_NOOP(
        "errors", "Un compte de l'équipe Origyne n'est rattaché à aucune société."
    ),
    "code_taken": QT_TRANSLATE_NOOP("errors", "Un autre rôle utilise déjà ce code."),
    "name_taken": QT_TRANSLATE_NOOP("errors", "Un autre rôle porte déjà ce nom."),
    "permission_not_allowed": QT_TRANSLATE_NOOP(
        "errors", "Un rôle client ne peut tenir que des permissions client."
    ),
    "unique": QT_TRANSLATE_NOOP("errors", "Cette valeur est déjà utilisée."),
    "invalid_siret": QT_TRANSLATE_NOOP("errors", "Un SIRET compte 14 chiffres."),
    "invalid_phone": QT_TRANSLATE_NOOP("errors", "Numéro de téléphone invalide."),
    "invalid_country": QT_TRANSLATE_NOOP("errors", "Code pays à deux lettres, ex. : FR."),
    "unknown_category": QT_TRANSLATE_NOOP("errors", "Catégorie inconnue."),
    "invalid": QT_TRANSLATE_NOOP("errors", "Valeur invalide."),
    "max_length": QT_TRANSLATE_NOOP("errors", "Texte trop long."),
    "control_characters": QT_TRANSLATE_NOOP(
        "errors", "Une seule ligne ici : pas de retour à la ligne, de tabulation ni de caractère de contrôle."
    ),
    "min_length": QT_TRANSLATE_NOOP("errors", "Texte trop court."),
    "does_not_exist": QT_TRANSLATE_NOOP("errors", "Élément introuvable."),
    "invalid_choice": QT_TRANSLATE_NOOP("errors", "Choix non valide."),
    "null": QT_TRANSLATE_NOOP("errors", "Ce champ est obligatoire."),
    "max_value": QT_TRANSLATE_NOOP("errors", "Valeur trop grande."),
    "min_value": QT_TRANSLATE_NOOP("errors", "Valeur trop petite."),
    "max_digits": QT_TRANSLATE_NOOP("errors", "Nombre trop long."),
    "max_decimal_places": QT_TRANSLATE_NOOP("errors", "Trop de décimales."),
    "role_not_assignable": QT_TRANSLATE_NOOP(
        "errors", "Vous ne pouvez pas attribuer un rôle qui a des permissions que vous n'avez pas."
    ),
    "user_not_manageable": QT_TRANSLATE_NOOP("errors", "Ce compte a des permissions que vous n'avez pas."),
    "cannot_change_own_role": QT_TRANSLATE_NOOP("errors", "Vous ne pouvez pas changer votre propre rôle."),
    "administrator_permissions_required": QT_TRANSLATE_NOOP(
        "errors", "Le rôle Administrateur doit garder la gestion des utilisateurs et des rôles."
    ),
    "permission_not_held": QT_TRANSLATE_NOOP(
        "errors", "Vous ne pouvez pas donner à un rôle une permission que vous n'avez pas."
    ),
    "own_role_not_editable": QT_TRANSLATE_NOOP("errors", "Vous ne pouvez pas modifier le rôle que vous avez."),
    "role_not_manageable": QT_TRANSLATE_NOOP("errors", "Ce rôle a des permissions que vous n'avez pas."),
    "builtin_role_protected": QT_TRANSLATE_NOOP(
        "errors", "Seul un administrateur ayant toutes les permissions peut modifier un rôle intégré."
    ),
    "external_id_taken": QT_TRANSLATE_NOOP("errors", "Un client porte déjà cet identifiant CRM."),
    "contact_has_login": QT_TRANSLATE_NOOP(
        "errors", "Ce contact a un compte client : désactivez le compte plutôt que de supprimer le contact."
    ),
    "crm_owned_field": QT_TRANSLATE_NOOP(
        "errors", "Ces informations viennent du CRM d'Origyne : modifiez-les dans le CRM, elles suivront ici."
    ),
    "crm_not_configured": QT_TRANSLATE_NOOP(
        "errors",
        "Aucun connecteur CRM n'est configuré sur le serveur : définissez SAV_CRM_DATABASE_URL et SAV_CRM_MAPPING "
        "(voir docs/crm.md). Un CRM peut en attendant envoyer ses données avec une clé d'API.",
    ),
    "crm_sync_running": QT_TRANSLATE_NOOP(
        "errors", "Une synchronisation avec le CRM est déjà en cours : attendez qu'elle se termine."
    ),
    "invalid_cursor": QT_TRANSLATE_NOOP("errors", "La liste a changé : rechargez-la."),
    "repeated_parameter": QT_TRANSLATE_NOOP("errors", "Filtre donné deux fois."),
    "invalid_idempotency_key": QT_TRANSLATE_NOOP("errors", "Identifiant d'envoi invalide."),
    "idempotency_key_mismatch": QT_TRANSLATE_NOOP("errors", "Identifiant d'envoi incohérent."),
    "server_error": QT_TRANSLATE_NOOP("errors", "Le serveur a rencontré une erreur. Réessayez dans un instant."),
    "required": QT_TRANSLATE_NOOP("errors", "Ce champ est obligatoire."),
    "blank": QT_TRANSLATE_NOOP("errors", "Ce champ est obligatoire."),
    "password_too_short": QT_TRANSLATE_NOOP(
        "errors", "Ce mot de passe est trop court : choisissez-en un d'au moins 10 caractères."
    ),
    "password_too_common": QT_TRANSLATE_NOOP(
        "errors", "Ce mot de passe est trop courant : choisissez-en un moins prévisible."
    ),
    "password_entirely_numeric": QT_TRANSLATE_NOOP(
        "errors", "Le mot de passe ne peut pas être composé uniquement de chiffres."
    ),
    "password_too_similar": QT_TRANSLATE_NOOP(
        "errors", "Le mot de passe ressemble trop à votre nom ou à votre adresse e-mail."
    ),
    "password_mismatch": QT_TRANSLATE_NOOP("errors", "Les deux mots de passe ne correspondent pas."),
    "same_password": QT_TRANSLATE_NOOP("errors", "Le nouveau mot de passe doit être différent de l'actuel."),
    "invalid_email": QT_TRANSLATE_NOOP("errors", "Saisissez une adresse e-mail valide."),
    "reset_code_format": QT_TRANSLATE_NOOP("errors", "Le code reçu par e-mail comporte 8 chiffres."),
    "secure_storage_unavailable": QT_TRANSLATE_NOOP(
        "errors",
        "Aucun trousseau sécurisé n'est disponible sur cet ordinateur : « Rester connecté » est désactivé.",
    ),
}
_FALLBACK = QT_TRANSLATE_NOOP("errors", "Une erreur inattendue est survenue. Réessayez.")


def translate(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def error_message(error: BaseException) -> str:
    """The sentence to show for `error` (an ApiError, a keyring failure, or anything else)."""
    if isinstance(error, SecureStorageUnavailable):
        return translate(_MESSAGES["secure_storage_unavailable"])
    if isinstance(error, ApiError):
        source = _MESSAGES.get(error.code)
        if source is None and error.status == 400:
            source = _MESSAGES["validation_error"]
        return translate(source or _FALLBACK)
    return translate(_FALLBACK)


def message_for_code(code: str) -> str:
    """The sentence for one of our codes (client-side checks use the same wording as the server's)."""
    return translate(_MESSAGES.get(code, _FALLBACK))


def field_errors(error: BaseException) -> dict[str, str]:
    """Per-field messages of a validation error: known codes in French, else the server's text."""
    if not isinstance(error, ApiError):
        return {}
    messages = {}
    for field, items in error.errors.items():
        if not items:
            continue
        code = items[0].get("code", "")
        source = _MESSAGES.get(code)
        messages[field] = translate(source) if source else items[0].get("message", "")
    return messages


def known_codes() -> set[str]:
    return set(_MESSAGES)
