"""French texts of the demo tickets: what clients write and what Origyne answers.

A topic is a subject and the body of the description that goes with it, plus what the ticket
is about: a delivered product of some kinds (`catalogue.Item.kind`), an order, or nothing.
Placeholders: {product} {the_product} {The_product} {one_product} (catalogue.product_forms),
{serial} {order} {invoice} {amount} {n} {code} {when} {impact} {ask} {symptom} {city}."""

from typing import NamedTuple

from demo.catalogue import HARDWARE_KINDS


class Topic(NamedTuple):
    subject: str
    body: str
    answer: str  # the staff reply that solves it (then signed)
    about: frozenset[str] | str | None = None  # product kinds, "order", or None


PAYMENT = frozenset({"payment", "till"})
SOFTWARE = frozenset({"software", "till"})

TOPICS: dict[str, list[Topic]] = {
    "Demande d'assistance": [
        Topic("{product} ne s'allume plus",
              "Depuis {when}, {the_product} (n° de série {serial}) ne s'allume plus du tout, même sur une autre "
              "prise. {impact}\n\n{ask}",
              "L'alimentation était en cause : un bloc secteur neuf vous a été expédié et l'appareil a redémarré "
              "normalement lors de notre test à distance.", HARDWARE_KINDS),
        Topic("{product} : écran figé au démarrage",
              "Depuis {when}, l'affichage reste figé sur le logo au démarrage ({product}, n° de série {serial}). "
              "Nous avons déjà tout redémarré sans succès. {impact}\n\n{ask}",
              "Le système a été réinstallé à distance ; l'appareil démarre de nouveau normalement.", PAYMENT),
        Topic("Erreur de connexion réseau sur {the_product}",
              "{The_product} perd la connexion au réseau toutes les dix minutes depuis {when}. Les paiements sont "
              "refusés pendant les coupures. {impact}\n\n{ask}",
              "Le bail DHCP de votre box expirait toutes les dix minutes : nous avons fixé l'adresse de l'appareil, "
              "la connexion est stable depuis.", PAYMENT),
        Topic("Paiement sans contact refusé",
              "Les paiements sans contact sont refusés depuis {when} (message « Carte non supportée »), alors "
              "que les cartes insérées passent. Appareil : {product}, n° de série {serial}.\n\n{ask}",
              "Le mode sans contact avait été désactivé par la mise à jour : il est réactivé dans le menu "
              "Administration.", PAYMENT),
        Topic("Lecture de carte impossible (code erreur E{code})",
              "Depuis {when}, {the_product} affiche le code erreur E{code} à chaque insertion de carte. "
              "{impact}\n\n{ask}",
              "Le lecteur de puce était encrassé : le technicien l'a remplacé sur place, les cartes passent de "
              "nouveau.", PAYMENT),
        Topic("Impossible d'imprimer les tickets depuis la mise à jour",
              "Depuis la dernière mise à jour, plus aucun ticket client ne sort : la caisse indique "
              "« Imprimante hors ligne ». {impact}\n\n{ask}",
              "La mise à jour avait réinitialisé le port de l'imprimante : il est reconfiguré et les tickets "
              "sortent de nouveau.", frozenset({"printer"})),
        Topic("Synchronisation des ventes bloquée",
              "Les ventes ne remontent plus dans le back-office depuis {when} : l'écran indique "
              "« Synchronisation en attente ». Nous avons besoin des chiffres pour la comptabilité.",
              "Un fichier de ventes corrompu bloquait la file : nous l'avons réparé, toutes les ventes sont "
              "remontées.", SOFTWARE),
        Topic("Mot de passe administrateur oublié",
              "Notre responsable a quitté l'entreprise et nous n'avons plus le mot de passe administrateur du "
              "logiciel de caisse. Comment le réinitialiser ?",
              "Le mot de passe est réinitialisé ; le nouveau vous a été envoyé par SMS au numéro du gérant."),
        Topic("Clôture de caisse impossible",
              "La clôture journalière échoue avec le message « Erreur d'écriture du journal » : nous ne pouvons "
              "pas éditer le ticket Z. {impact}\n\n{ask}",
              "Le journal des ventes était plein : il est archivé et la clôture passe de nouveau. Le ticket Z de la "
              "veille a été réédité.", SOFTWARE),
        Topic("{product} redémarre en boucle",
              "{The_product} (n° de série {serial}) redémarre tout seul toutes les deux ou trois minutes, en "
              "pleine transaction. {impact}\n\n{ask}",
              "Un correctif du firmware a été installé à distance ; l'appareil ne redémarre plus.", HARDWARE_KINDS),
        Topic("{product} : question de paramétrage",
              "Nous voudrions ajouter un deuxième taux de TVA et une touche « à emporter ». Pouvez-vous nous "
              "guider pas à pas ?",
              "Le deuxième taux de TVA et la touche « à emporter » sont créés ; un guide pas à pas vous a été "
              "envoyé par e-mail.", SOFTWARE),
    ],
    "Garantie et retour": [
        Topic("Retour sous garantie : {product} n° {serial}",
              "{The_product} (n° de série {serial}) {symptom} après {n} mois d'utilisation. L'appareil est "
              "encore sous garantie : comment procéder au retour ?",
              "Un appareil de remplacement vous a été expédié ce jour (suivi Colissimo 6A{code}0{n}). Merci de nous "
              "retourner l'ancien avec l'étiquette jointe.", HARDWARE_KINDS),
        Topic("{product} : échange standard demandé",
              "{The_product} n° {serial} {symptom}, malgré la réparation du mois dernier. Nous demandons un "
              "échange standard.",
              "L'échange standard est accepté : le nouvel appareil part aujourd'hui, le transporteur reprendra "
              "l'ancien à la livraison.", HARDWARE_KINDS),
        Topic("{product} : panne après {n} mois",
              "{The_product} (n° de série {serial}) {symptom} depuis {when}. L'appareil a été livré il y a {n} mois : "
              "est-il couvert par la garantie ?",
              "L'appareil est bien sous garantie : la réparation a été effectuée et il vous a été réexpédié.",
              HARDWARE_KINDS),
        Topic("Numéro de retour (RMA) pour {the_product}",
              "Le technicien nous a demandé de renvoyer {the_product} (n° de série {serial}). Pouvez-vous nous "
              "communiquer un numéro de retour et l'étiquette de transport ?",
              "Votre numéro de retour est RMA-{code}{n}. L'étiquette de transport prépayée vous a été envoyée par "
              "e-mail.", HARDWARE_KINDS),
        Topic("Réparation hors garantie : demande de devis",
              "{The_product} (n° de série {serial}) a fait une chute et {symptom}. La garantie est terminée : "
              "pouvez-vous nous faire un devis de réparation ?",
              "Le devis de réparation ({amount} € HT) vous a été envoyé par e-mail ; la réparation sera lancée dès "
              "votre accord.", HARDWARE_KINDS),
    ],
    "Commande": [
        Topic("Commande {order} : article manquant",
              "Nous avons reçu la commande {order}, mais il manque {one_product}. Pouvez-vous vérifier et nous "
              "l'envoyer ?",
              "L'article manquant vous a été expédié ce jour, sans frais.", "order"),
        Topic("Modifier la commande {order}",
              "Nous voudrions ajouter {n} exemplaires de « {product} » à la commande {order}, si elle n'est pas "
              "encore partie.",
              "La commande {order} est modifiée ; la confirmation vous a été envoyée par e-mail.", "order"),
        Topic("Délai de livraison de la commande {order} ?",
              "Pouvez-vous nous confirmer la date de livraison de la commande {order} ? Nous ouvrons notre "
              "magasin de {city} bientôt.",
              "La commande {order} sera livrée jeudi ; vous recevrez le suivi du transporteur la veille.", "order"),
        Topic("Erreur de quantité sur la commande {order}",
              "La commande {order} comporte {n} exemplaires de « {product} » au lieu d'un seul. Pouvez-vous "
              "corriger la facture et organiser le retour du surplus ?",
              "La facture est corrigée et le transporteur passera reprendre le surplus cette semaine.", "order"),
        Topic("Annulation partielle de la commande {order}",
              "Nous souhaitons retirer « {product} » de la commande {order} ; le reste nous convient.",
              "L'article est retiré de la commande {order} ; la facture tiendra compte de la modification.", "order"),
    ],
    "Livraison": [
        Topic("Colis endommagé à la réception (commande {order})",
              "Le colis de la commande {order} est arrivé avec le carton enfoncé, et {the_product} ne fonctionne "
              "pas. Photos disponibles sur demande.",
              "Un remplacement vous a été expédié en express ; une réclamation est ouverte auprès du transporteur.",
              "order"),
        Topic("Retard de livraison de la commande {order}",
              "Nous attendons toujours la commande {order}, annoncée pour la semaine dernière. Le suivi du "
              "transporteur ne bouge plus depuis {n} jours.",
              "Le colis était bloqué au dépôt régional : il vous sera livré demain matin.", "order"),
        Topic("Livraison incomplète de la commande {order}",
              "Nous n'avons reçu qu'un colis sur deux pour la commande {order} : il manque {one_product}.",
              "Le second colis est retrouvé : il vous sera livré demain.", "order"),
        Topic("Commande {order} livrée à la mauvaise adresse",
              "La commande {order} a été livrée à notre ancienne adresse. Pouvez-vous la faire réexpédier à "
              "notre magasin de {city} ?",
              "Le transporteur récupère le colis et le livrera à votre magasin de {city} sous 48 h. Votre adresse "
              "est mise à jour.", "order"),
        Topic("Transporteur absent au créneau prévu",
              "Nous avons attendu le transporteur toute la matinée pour la commande {order}, sans passage ni "
              "appel. Pouvez-vous reprogrammer la livraison ?",
              "La livraison est reprogrammée demain entre 8 h et 12 h ; le chauffeur vous appellera une heure "
              "avant.", "order"),
    ],
    "Facturation": [
        Topic("Facture {invoice} : montant incorrect",
              "La facture {invoice} indique {amount} € alors que le devis accepté était inférieur. Pouvez-vous "
              "vérifier ?",
              "Une erreur de tarif s'était glissée : un avoir de {amount} € a été émis et sera déduit de votre "
              "prochaine facture."),
        Topic("Double prélèvement sur la facture {invoice}",
              "Nous avons été prélevés deux fois de {amount} € pour la facture {invoice}. Merci de procéder au "
              "remboursement.",
              "Le second prélèvement vous a été remboursé par virement ; comptez deux à trois jours ouvrés."),
        Topic("Demande d'avoir sur la commande {order}",
              "Suite au retour du matériel ({product}), nous attendons toujours l'avoir promis sur la commande "
              "{order}.",
              "L'avoir sur la commande {order} est émis et vous a été envoyé par e-mail.", "order"),
        Topic("Duplicata de la facture {invoice}",
              "Notre expert-comptable nous demande un duplicata de la facture {invoice}. Pouvez-vous nous "
              "l'envoyer par e-mail ?",
              "Le duplicata de la facture {invoice} vous a été envoyé par e-mail."),
        Topic("Changement de RIB pour les prélèvements",
              "Notre banque a changé : vous trouverez notre nouveau RIB en pièce jointe pour les prochains "
              "prélèvements.",
              "Votre nouveau RIB est enregistré : il sera utilisé dès le prochain prélèvement."),
        Topic("TVA erronée sur la facture {invoice}",
              "La facture {invoice} applique une TVA à 5,5 % au lieu de 20 %. Pouvez-vous émettre une facture "
              "rectificative ?",
              "La facture rectificative vous a été envoyée par e-mail."),
    ],
    "Résiliation": [
        Topic("Résiliation du contrat de maintenance",
              "Nous souhaitons résilier notre contrat de maintenance à sa prochaine échéance. Pouvez-vous nous "
              "confirmer la date de fin et les modalités ?",
              "Votre résiliation est enregistrée et prendra effet à l'échéance du contrat. Vous recevrez une "
              "confirmation écrite."),
        Topic("Fin de la licence logicielle à l'échéance",
              "Nous ne renouvellerons pas la licence du logiciel de caisse. Comment récupérer l'historique de nos "
              "ventes ?",
              "L'export complet de vos ventes vous a été envoyé ; la licence prendra fin à son échéance."),
        Topic("Résiliation suite à la fermeture du magasin",
              "Suite à la fermeture de notre magasin de {city}, nous devons mettre fin à nos abonnements. Que "
              "devons-nous faire du matériel ?",
              "Vos abonnements prennent fin ce mois-ci ; un transporteur passera reprendre le matériel."),
        Topic("Arrêt de l'abonnement au module fidélité",
              "Nous n'utilisons plus le module fidélité et souhaitons arrêter cet abonnement dès que possible.",
              "L'abonnement au module fidélité est arrêté à la fin du mois en cours."),
        Topic("Conditions de résiliation du contrat",
              "Pouvez-vous nous rappeler le préavis et les frais éventuels en cas de résiliation de notre contrat ?",
              "Le préavis est de trois mois, sans frais : le détail vous a été envoyé par e-mail."),
    ],
}
OTHER_TOPICS = [
    Topic("Demande d'information", "Pouvez-vous nous rappeler au sujet de notre compte client ? Merci.",
              "Nous avons pu vous joindre par téléphone : votre demande est traitée."),
    Topic("Mise à jour de nos coordonnées", "Notre numéro de téléphone a changé : merci de mettre à jour notre fiche.",
              "Votre fiche est mise à jour."),
]

DESCRIPTION = "Bonjour,\n\n{body}\n\n{closing}\n{signature}"
CLOSINGS = ["Cordialement,", "Merci d'avance,", "Bien à vous,", "Bonne journée,"]
WHEN = [
    "ce matin", "hier soir", "la mise à jour de lundi", "le passage du technicien", "la coupure de courant de samedi",
]
SYMPTOMS = [
    "ne s'allume plus du tout", "redémarre tout seul sans raison", "ne répond plus aux commandes",
    "ne fonctionne plus qu'une fois sur deux", "fait un bruit anormal puis s'arrête",
]
IMPACTS = [
    "Nous ne pouvons plus encaisser les cartes bancaires sur cette caisse.",
    "Les clients attendent et nous perdons des ventes.",
    "Nous encaissons en espèces uniquement en attendant.",
    "Le problème touche nos deux caisses.",
    "C'est très gênant pour le service du midi.",
    "Nous avons un marché ce week-end et en avons absolument besoin.",
]
ASKS = [
    "Pouvez-vous nous rappeler rapidement ?",
    "Merci de nous indiquer la marche à suivre.",
    "Un technicien peut-il passer dans la journée ?",
    "Faut-il vous renvoyer l'appareil ?",
]

# --- the discussion ----------------------------------------------------------------------------
# Placeholders: {client} (first name) {agent} (full name) {serial} {order} {code} {n} {amount} {city}


class Discussion(NamedTuple):
    """What people write on a ticket of one kind of trouble, besides its description and answer."""

    first_replies: list[str]
    ask_info: list[str]  # a staff reply that puts the ticket on hold for the client
    staff_follow_ups: list[str]
    client_follow_ups: list[str]
    client_reopens: list[str]
    notes: list[str]


SIGNED = "\n\n{agent}\nService après-vente Origyne"
ANSWER = "Bonjour {client},\n\n{answer}" + SIGNED
CLIENT_THANKS = ["C'est réglé, merci beaucoup pour votre réactivité !", "Tout fonctionne, merci.", "Bien reçu, merci."]

DISCUSSIONS = {
    "technical": Discussion(
        first_replies=[
            "Bonjour {client},\n\nMerci pour votre message. Je prends en charge votre demande et reviens vers "
            "vous dans la journée." + SIGNED,
            "Bonjour {client},\n\nNous avons bien reçu votre demande. Le problème concerne-t-il un seul poste, ou "
            "tous vos appareils ?" + SIGNED,
            "Bonjour {client},\n\nJe regarde cela tout de suite. Pour gagner du temps, pouvez-vous nous envoyer "
            "une photo de l'écran ?" + SIGNED,
        ],
        ask_info=[
            "Bonjour {client},\n\nPour avancer, nous avons besoin du numéro de série inscrit sous l'appareil. "
            "Nous mettons le ticket en attente de votre retour." + SIGNED,
            "Bonjour {client},\n\nPouvez-vous débrancher l'appareil 30 secondes, le rebrancher, puis nous dire si "
            "le message persiste ? Nous restons en attente de votre réponse." + SIGNED,
            "Bonjour {client},\n\nMerci de nous indiquer un créneau où nous pouvons prendre la main à distance "
            "sur votre caisse." + SIGNED,
        ],
        staff_follow_ups=[
            "Merci pour ces éléments. Nous avons reproduit le problème et préparons un correctif.",
            "Le technicien de votre secteur passera demain matin entre 9 h et 12 h.",
            "Nous avons pris la main à distance : les journaux de l'appareil sont en cours d'analyse.",
        ],
        client_follow_ups=[
            "Merci, voici le numéro de série : {serial}.",
            "Toujours le même problème ce matin, pouvez-vous nous rappeler ?",
            "Le technicien peut-il plutôt passer jeudi ?",
            "Je vous envoie la photo dès que possible.",
            "Nous avons fait le test : le message d'erreur est toujours là.",
            "Des nouvelles ? Nous sommes toujours bloqués.",
        ],
        client_reopens=[
            "Le problème est revenu ce matin, désolé.", "Finalement, l'erreur réapparaît en fin de journée.",
        ],
        notes=[
            "Problème connu sur le firmware 4.2, correctif prévu en 4.3.",
            "Deuxième incident ce mois-ci sur cet appareil : proposer un échange standard.",
            "Le client a un contrat Sérénité : GTR 4 h ouvrées.",
            "Client important, à traiter en priorité.",
        ],
    ),
    "logistics": Discussion(
        first_replies=[
            "Bonjour {client},\n\nMerci pour votre message. Je vérifie la commande {order} auprès de l'entrepôt "
            "et reviens vers vous dans la journée." + SIGNED,
            "Bonjour {client},\n\nNous avons bien reçu votre demande et interrogeons le transporteur." + SIGNED,
        ],
        ask_info=[
            "Bonjour {client},\n\nPouvez-vous nous envoyer une photo du colis et du bon de livraison ? Nous "
            "mettons le ticket en attente de votre retour." + SIGNED,
            "Bonjour {client},\n\nPouvez-vous nous confirmer l'adresse et les horaires de livraison souhaités ? "
            "Nous restons en attente de votre réponse." + SIGNED,
        ],
        staff_follow_ups=[
            "Nous avons relancé le transporteur et attendons sa réponse.",
            "L'entrepôt confirme une erreur de préparation ; nous organisons la suite.",
        ],
        client_follow_ups=[
            "Voici la photo du bon de livraison.",
            "Toujours rien reçu ce matin.",
            "Pouvez-vous livrer plutôt l'après-midi ?",
            "Des nouvelles du transporteur ?",
        ],
        client_reopens=["Finalement, le colis n'est toujours pas arrivé.", "Il manque encore un article, désolé."],
        notes=[
            "Vérifié dans l'ERP : la commande {order} est bien partie de l'entrepôt.",
            "Relance transporteur faite, retour attendu sous 48 h.",
            "Client important, à traiter en priorité.",
        ],
    ),
    "admin": Discussion(
        first_replies=[
            "Bonjour {client},\n\nMerci pour votre message. Je transmets votre demande au service concerné et "
            "reviens vers vous rapidement." + SIGNED,
            "Bonjour {client},\n\nNous avons bien reçu votre demande et la traitons dans la journée." + SIGNED,
        ],
        ask_info=[
            "Bonjour {client},\n\nPouvez-vous nous envoyer une copie du relevé concerné ? Nous mettons le ticket "
            "en attente de votre retour." + SIGNED,
            "Bonjour {client},\n\nPouvez-vous nous confirmer votre demande par écrit ? Nous restons en attente "
            "de votre réponse." + SIGNED,
        ],
        staff_follow_ups=[
            "J'ai transmis votre dossier au service comptable, qui revient vers vous rapidement.",
            "Le service administratif vérifie les conditions de votre contrat.",
        ],
        client_follow_ups=[
            "Voici le document demandé.",
            "Avez-vous pu avancer sur notre demande ?",
            "Notre comptable attend votre réponse pour clôturer le mois.",
        ],
        client_reopens=[
            "Nous n'avons toujours rien reçu, pouvez-vous vérifier ?", "Le montant ne correspond toujours pas.",
        ],
        notes=[
            "Voir avec la comptabilité avant de répondre.",
            "Contrat signé il y a deux ans, préavis de trois mois.",
            "Client important, à traiter en priorité.",
        ],
    ),
}
TRACKS = {
    "Demande d'assistance": "technical", "Garantie et retour": "technical",
    "Commande": "logistics", "Livraison": "logistics",
}  # any other category: "admin"
REMINDER_NOTES = [
    "GTR : rappeler le client avant l'échéance",
    "Relancer le transporteur",
    "Vérifier la réception de l'appareil de remplacement",
    "Rappeler le client pour confirmer la résolution",
]
RATING_COMMENTS = {
    1: ["Trois jours sans réponse, inacceptable.", ""],
    2: ["Résolu, mais beaucoup trop lent.", ""],
    3: ["Correct, sans plus.", ""],
    4: ["Bon suivi, merci.", "Efficace.", ""],
    5: ["Très réactif, merci à toute l'équipe !", "Parfait, problème réglé en une heure.", ""],
}
