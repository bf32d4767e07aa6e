<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../ui/about_dialog.py" line="22"/>
        <source>À propos du SAV Origyne</source>
        <translation>About Origyne SAV</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="26"/>
        <source>SAV Origyne</source>
        <translation>Origyne SAV</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="28"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="31"/>
        <source>Serveur : {server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="34"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/about_dialog.py" line="46"/>
        <location filename="../ui/about_dialog.py" line="47"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ActorPicker</name>
    <message>
        <location filename="../admin/audit/actor_picker.py" line="36"/>
        <source>Filtrer par auteur</source>
        <translation>Filter by author</translation>
    </message>
    <message>
        <location filename="../admin/audit/actor_picker.py" line="40"/>
        <source>Auteur : nom ou e-mail…</source>
        <translation>Author: name or email…</translation>
    </message>
    <message>
        <location filename="../admin/audit/actor_picker.py" line="43"/>
        <source>Auteur : choisissez une ligne puis « Cet auteur »</source>
        <translation>Author: pick a row, then “This author”</translation>
    </message>
    <message>
        <location filename="../admin/audit/actor_picker.py" line="80"/>
        <source>{name} — {email}</source>
        <translation>{name} — {email}</translation>
    </message>
</context>
<context>
    <name>AdministrationView</name>
    <message>
        <location filename="../admin/view.py" line="41"/>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../admin/view.py" line="42"/>
        <source>Rôles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../admin/view.py" line="44"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../admin/view.py" line="48"/>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../admin/view.py" line="52"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../admin/view.py" line="53"/>
        <source>Journal</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../admin/view.py" line="54"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../admin/view.py" line="67"/>
        <location filename="../admin/view.py" line="79"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../admin/view.py" line="85"/>
        <source>Sections de l&apos;administration</source>
        <translation>Administration sections</translation>
    </message>
    <message>
        <location filename="../admin/view.py" line="97"/>
        <source>Votre rôle ne donne accès à aucune section d&apos;administration. Demandez à un administrateur.</source>
        <translation>Your role does not give access to any administration section. Ask an administrator.</translation>
    </message>
</context>
<context>
    <name>AgentEditor</name>
    <message>
        <location filename="../admin/agents/editor.py" line="45"/>
        <source>Profil de l&apos;agent</source>
        <translation>Agent profile</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="56"/>
        <source>Disponibilité</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="59"/>
        <source>&amp;Disponibilité</source>
        <translation>&amp;Availability</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="63"/>
        <source>Catégories traitées</source>
        <translation>Categories handled</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="65"/>
        <source>&amp;Catégories traitées</source>
        <translation>&amp;Categories handled</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="69"/>
        <source>&amp;Enregistrer le profil</source>
        <translation>&amp;Save profile</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="70"/>
        <source>Enregistrer la disponibilité et les catégories</source>
        <translation>Save availability and categories</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="74"/>
        <source>Coût horaire</source>
        <translation>Hourly cost</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="83"/>
        <source> € / h</source>
        <translation> €/h</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="84"/>
        <source>Nouveau taux horaire</source>
        <translation>New hourly rate</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="85"/>
        <source>&amp;Nouveau taux</source>
        <translation>&amp;New rate</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="89"/>
        <source>&amp;Appliquer ce taux</source>
        <translation>A&amp;pply this rate</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="90"/>
        <source>Appliquer ce taux horaire à partir de maintenant</source>
        <translation>Apply this hourly rate from now on</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="96"/>
        <source>Le nouveau taux vaut pour le travail saisi à partir de maintenant ; l&apos;historique n&apos;est jamais réécrit.</source>
        <translation>The new rate applies to work logged from now on; past records are never rewritten.</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="106"/>
        <source>Historique des taux horaires</source>
        <translation>Hourly rate history</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="107"/>
        <source>Aucun taux enregistré : saisissez le premier ci-dessus.</source>
        <translation>No rate recorded yet: enter the first one above.</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="118"/>
        <source>{name} (désactivée)</source>
        <translation>{name} (deactivated)</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="147"/>
        <source>Sélectionnez un agent</source>
        <translation>Select an agent</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="161"/>
        <source>Taux actuel : {amount}</source>
        <translation>Current rate: {amount}</translation>
    </message>
    <message>
        <location filename="../admin/agents/editor.py" line="163"/>
        <source>Aucun taux enregistré pour l&apos;instant.</source>
        <translation>No rate recorded yet.</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../admin/agents/table_model.py" line="14"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/agents/table_model.py" line="15"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../admin/agents/table_model.py" line="17"/>
        <source>Disponibilité</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../admin/agents/table_model.py" line="21"/>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../admin/agents/table_model.py" line="25"/>
        <source>Coût horaire</source>
        <translation>Hourly cost</translation>
    </message>
</context>
<context>
    <name>AgentsPage</name>
    <message>
        <location filename="../admin/agents/page.py" line="23"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../admin/agents/page.py" line="24"/>
        <source>Disponibilité, catégories traitées et coût horaire des membres de l&apos;équipe.</source>
        <translation>Availability, categories handled and hourly cost of the team members.</translation>
    </message>
    <message>
        <location filename="../admin/agents/page.py" line="32"/>
        <source>Liste des agents</source>
        <translation>Agent list</translation>
    </message>
    <message>
        <location filename="../admin/agents/page.py" line="34"/>
        <source>Aucun agent actif. Créez un compte Agent dans « Utilisateurs ».</source>
        <translation>No active agents. Create an Agent account under “Users”.</translation>
    </message>
</context>
<context>
    <name>ApiKeyShownDialog</name>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="46"/>
        <source>Clé d&apos;API créée</source>
        <translation>API key created</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="52"/>
        <source>Clé « {name} »</source>
        <translation>Key “{name}”</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="57"/>
        <source>Copiez cette clé maintenant et donnez-la au CRM : elle ne sera plus jamais affichée. Si elle est perdue, révoquez-la et créez-en une autre.</source>
        <translation>Copy this key now and give it to the CRM: it will never be shown again. If it is lost, revoke it and create another one.</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="68"/>
        <source>Clé d&apos;API</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="73"/>
        <source>&amp;Copier</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="74"/>
        <source>Copier la clé</source>
        <translation>Copy key</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="80"/>
        <source>Le CRM l&apos;envoie dans l&apos;en-tête de chaque appel : Authorization: Api-Key &lt;clé&gt;</source>
        <translation>The CRM sends it in the header of every call: Authorization: Api-Key &lt;key&gt;</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="90"/>
        <source>&amp;Fermer</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="91"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="98"/>
        <source>Clé copiée dans le presse-papiers.</source>
        <translation>Key copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>ApiKeyTableModel</name>
    <message>
        <location filename="../admin/crm/table_models.py" line="70"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="75"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="76"/>
        <source>Préfixe</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="77"/>
        <source>Créée le</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="78"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="81"/>
        <source>Dernière utilisation</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="82"/>
        <source>Jamais</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="84"/>
        <source>Révoquée</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>ApiKeysPanel</name>
    <message>
        <location filename="../admin/crm/api_keys.py" line="18"/>
        <source>Clés d&apos;API</source>
        <translation>API keys</translation>
    </message>
    <message>
        <location filename="../admin/crm/api_keys.py" line="25"/>
        <source>Un CRM qui envoie lui-même ses clients, commandes et produits livrés au SAV (API push) signe chaque appel avec une de ces clés. Révoquez une clé perdue ou qui ne sert plus.</source>
        <translation>A CRM that sends its own customers, orders and delivered products to Origyne SAV (push API) signs every call with one of these keys. Revoke a key that is lost or no longer used.</translation>
    </message>
    <message>
        <location filename="../admin/crm/api_keys.py" line="33"/>
        <source>&amp;Nouvelle clé</source>
        <translation>&amp;New key</translation>
    </message>
    <message>
        <location filename="../admin/crm/api_keys.py" line="35"/>
        <source>Nouvelle clé</source>
        <translation>New key</translation>
    </message>
    <message>
        <location filename="../admin/crm/api_keys.py" line="37"/>
        <source>&amp;Révoquer</source>
        <translation>Re&amp;voke</translation>
    </message>
    <message>
        <location filename="../admin/crm/api_keys.py" line="39"/>
        <source>Révoquer la clé choisie</source>
        <translation>Revoke the selected key</translation>
    </message>
    <message>
        <location filename="../admin/crm/api_keys.py" line="45"/>
        <source>Liste des clés d&apos;API</source>
        <translation>API key list</translation>
    </message>
    <message>
        <location filename="../admin/crm/api_keys.py" line="48"/>
        <source>Aucune clé d&apos;API. Créez-en une avec « Nouvelle clé » et donnez-la au CRM pour qu&apos;il puisse envoyer ses données au SAV.</source>
        <translation>No API keys. Create one with “New key” and give it to the CRM so that it can send its data to Origyne SAV.</translation>
    </message>
</context>
<context>
    <name>AttachmentCard</name>
    <message>
        <location filename="../attachments/cards.py" line="60"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../attachments/cards.py" line="61"/>
        <source>Ouvrir {name}</source>
        <translation>Open {name}</translation>
    </message>
    <message>
        <location filename="../attachments/cards.py" line="63"/>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../attachments/cards.py" line="64"/>
        <source>Enregistrer {name}</source>
        <translation>Save {name}</translation>
    </message>
    <message>
        <location filename="../attachments/cards.py" line="112"/>
        <source>Enregistrer la pièce jointe</source>
        <translation>Save the attachment</translation>
    </message>
</context>
<context>
    <name>AttachmentTray</name>
    <message>
        <location filename="../attachments/tray.py" line="290"/>
        <source>Joindre des fichiers</source>
        <translation>Attach files</translation>
    </message>
</context>
<context>
    <name>AuditDetail</name>
    <message>
        <location filename="../admin/audit/detail.py" line="38"/>
        <source>Détail de l&apos;action</source>
        <translation>Action details</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="41"/>
        <source>Choisissez une ligne pour voir qui a fait quoi, et chaque valeur avant et après.</source>
        <translation>Pick a row to see who did what, and each value before and after.</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="64"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="65"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="66"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="67"/>
        <source>Adresse IP</source>
        <translation>IP address</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="68"/>
        <source>Code de l&apos;action</source>
        <translation>Action code</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="72"/>
        <source>Cet &amp;auteur</source>
        <translation>This &amp;author</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="73"/>
        <location filename="../admin/audit/detail.py" line="74"/>
        <source>Ne montrer que les actions de cet auteur</source>
        <translation>Show only this author&apos;s actions</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="76"/>
        <source>Cette &amp;cible</source>
        <translation>This &amp;target</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="77"/>
        <location filename="../admin/audit/detail.py" line="78"/>
        <source>Ne montrer que les actions sur cette cible</source>
        <translation>Show only the actions on this target</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="88"/>
        <source>Modifications</source>
        <translation>Changes</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="93"/>
        <source>Valeurs avant et après</source>
        <translation>Values before and after</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="94"/>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="94"/>
        <source>Avant</source>
        <translation>Before</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="94"/>
        <source>Après</source>
        <translation>After</translation>
    </message>
    <message>
        <location filename="../admin/audit/detail.py" line="106"/>
        <source>Cette action n&apos;a modifié aucun champ.</source>
        <translation>This action changed no field.</translation>
    </message>
</context>
<context>
    <name>AuditFilterBar</name>
    <message>
        <location filename="../admin/audit/filters.py" line="55"/>
        <source>Filtrer par type d&apos;action</source>
        <translation>Filter by kind of action</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="56"/>
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="60"/>
        <source>Filtrer par type de cible</source>
        <translation>Filter by kind of target</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="61"/>
        <source>Toutes les cibles</source>
        <translation>All targets</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="67"/>
        <source>Identifiant de la cible</source>
        <translation>Target identifier</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="68"/>
        <source>Identifiant</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="75"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="76"/>
        <source>Filtrer par période</source>
        <translation>Filter by period</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="78"/>
        <source>Premier jour de la période</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="79"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="80"/>
        <source>Dernier jour de la période</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="90"/>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../admin/audit/filters.py" line="127"/>
        <source>La période finit avant de commencer : corrigez les dates.</source>
        <translation>The period ends before it starts: correct the dates.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../admin/audit/page.py" line="33"/>
        <source>Journal</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="35"/>
        <source>Qui a fait quoi, quand et d&apos;où : changements d&apos;administration, connexions et accès refusés.</source>
        <translation>Who did what, when and from where: administration changes, sign-ins and refused accesses.</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="42"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="43"/>
        <source>&amp;Exporter en CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="54"/>
        <source>Journal des actions</source>
        <translation>Audit log of actions</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="88"/>
        <source>Progression de l&apos;export</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="96"/>
        <source>Annuler l&apos;export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="125"/>
        <source>Aucune action ne correspond à ces filtres. Élargissez la période ou choisissez « Effacer les filtres ».</source>
        <translation>No action matches these filters. Widen the period or choose “Clear filters”.</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="129"/>
        <source>Le journal est vide pour l&apos;instant : les changements d&apos;administration et les connexions y apparaîtront dès qu&apos;ils auront lieu.</source>
        <translation>The audit log is empty for now: administration changes and sign-ins will appear here as soon as they happen.</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="149"/>
        <source>Exporter le journal en CSV</source>
        <translation>Export the audit log as CSV</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="152"/>
        <source>Fichiers CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="163"/>
        <source>Export en cours…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="176"/>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="181"/>
        <source>Journal exporté dans {path}</source>
        <translation>Audit log exported to {path}</translation>
    </message>
    <message>
        <location filename="../admin/audit/page.py" line="188"/>
        <source>Export en cours… {size} reçus</source>
        <translation>Exporting… {size} received</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../admin/audit/table_model.py" line="16"/>
        <source>Anonyme ou système</source>
        <translation>Anonymous or system</translation>
    </message>
    <message>
        <location filename="../admin/audit/table_model.py" line="23"/>
        <source>{type} {label}</source>
        <translation>{type} {label}</translation>
    </message>
    <message>
        <location filename="../admin/audit/table_model.py" line="25"/>
        <source>{type} n° {id}</source>
        <translation>{type} #{id}</translation>
    </message>
    <message>
        <location filename="../admin/audit/table_model.py" line="31"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../admin/audit/table_model.py" line="32"/>
        <source>Auteur</source>
        <translation>Author</translation>
    </message>
    <message>
        <location filename="../admin/audit/table_model.py" line="35"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../admin/audit/table_model.py" line="39"/>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../admin/audit/table_model.py" line="42"/>
        <source>Avant → Après</source>
        <translation>Before → After</translation>
    </message>
    <message>
        <location filename="../admin/audit/table_model.py" line="46"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>CategoriesPage</name>
    <message>
        <location filename="../admin/categories/page.py" line="21"/>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../admin/categories/page.py" line="22"/>
        <source>Les sujets de tickets proposés aux clients, dans l&apos;ordre de leur position.</source>
        <translation>The ticket topics offered to customers, in order of position.</translation>
    </message>
    <message>
        <location filename="../admin/categories/page.py" line="25"/>
        <source>&amp;Nouvelle catégorie</source>
        <translation>&amp;New category</translation>
    </message>
    <message>
        <location filename="../admin/categories/page.py" line="26"/>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../admin/categories/page.py" line="27"/>
        <location filename="../admin/categories/page.py" line="55"/>
        <source>&amp;Désactiver</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../admin/categories/page.py" line="31"/>
        <source>Liste des catégories</source>
        <translation>Category list</translation>
    </message>
    <message>
        <location filename="../admin/categories/page.py" line="34"/>
        <source>Aucune catégorie. Créez-en une avec « Nouvelle catégorie » : les clients en ont besoin pour ouvrir un ticket.</source>
        <translation>No categories. Create one with “New category”: customers need one to open a ticket.</translation>
    </message>
    <message>
        <location filename="../admin/categories/page.py" line="55"/>
        <source>&amp;Réactiver</source>
        <translation>&amp;Reactivate</translation>
    </message>
</context>
<context>
    <name>CategoryDialog</name>
    <message>
        <location filename="../admin/categories/dialog.py" line="15"/>
        <source>Modifier la catégorie</source>
        <translation>Edit category</translation>
    </message>
    <message>
        <location filename="../admin/categories/dialog.py" line="15"/>
        <source>Nouvelle catégorie</source>
        <translation>New category</translation>
    </message>
    <message>
        <location filename="../admin/categories/dialog.py" line="20"/>
        <source>ex. : Demande d&apos;assistance</source>
        <translation>e.g. Support request</translation>
    </message>
    <message>
        <location filename="../admin/categories/dialog.py" line="21"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../admin/categories/dialog.py" line="27"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../admin/categories/dialog.py" line="29"/>
        <source>Aide le client à choisir la bonne catégorie (300 caractères au plus).</source>
        <translation>Helps the customer choose the right category (300 characters at most).</translation>
    </message>
    <message>
        <location filename="../admin/categories/dialog.py" line="35"/>
        <source>&amp;Position</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location filename="../admin/categories/dialog.py" line="37"/>
        <source>Ordre dans les listes : la plus petite position vient en premier.</source>
        <translation>Order in lists: the lowest position comes first.</translation>
    </message>
    <message>
        <location filename="../admin/categories/dialog.py" line="39"/>
        <source>Catégorie &amp;active</source>
        <translation>&amp;Active category</translation>
    </message>
    <message>
        <location filename="../admin/categories/dialog.py" line="42"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../admin/categories/dialog.py" line="44"/>
        <source>Une catégorie désactivée n&apos;est plus proposée ; les tickets existants la gardent.</source>
        <translation>A deactivated category is no longer offered; existing tickets keep it.</translation>
    </message>
</context>
<context>
    <name>CategoryTableModel</name>
    <message>
        <location filename="../admin/categories/table_model.py" line="12"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../admin/categories/table_model.py" line="13"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/categories/table_model.py" line="16"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../admin/categories/table_model.py" line="22"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../admin/categories/table_model.py" line="24"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../admin/categories/table_model.py" line="26"/>
        <source>Désactivée</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../ui/change_password_dialog.py" line="26"/>
        <location filename="../ui/change_password_dialog.py" line="30"/>
        <source>Changer le mot de passe</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../ui/change_password_dialog.py" line="33"/>
        <source>Vos autres sessions ouvertes (autres ordinateurs) seront fermées ; celle-ci reste active.</source>
        <translation>Your other open sessions (on other computers) will be signed out; this one stays active.</translation>
    </message>
    <message>
        <location filename="../ui/change_password_dialog.py" line="39"/>
        <source>Mot de passe actuel</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../ui/change_password_dialog.py" line="42"/>
        <source>Nouveau mot de passe</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../ui/change_password_dialog.py" line="43"/>
        <source>Au moins 10 caractères, pas uniquement des chiffres.</source>
        <translation>At least 10 characters, not only digits.</translation>
    </message>
    <message>
        <location filename="../ui/change_password_dialog.py" line="46"/>
        <source>Confirmez le nouveau mot de passe</source>
        <translation>Confirm the new password</translation>
    </message>
    <message>
        <location filename="../ui/change_password_dialog.py" line="50"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../ui/change_password_dialog.py" line="50"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/change_password_dialog.py" line="52"/>
        <location filename="../ui/change_password_dialog.py" line="53"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <location filename="../ui/command_palette.py" line="55"/>
        <source>Palette de commandes</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <location filename="../ui/command_palette.py" line="62"/>
        <source>Rechercher une commande…</source>
        <translation>Search for a command…</translation>
    </message>
    <message>
        <location filename="../ui/command_palette.py" line="63"/>
        <source>Rechercher une commande</source>
        <translation>Search for a command</translation>
    </message>
    <message>
        <location filename="../ui/command_palette.py" line="66"/>
        <source>Commandes</source>
        <translation>Commands</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../tickets/composer.py" line="73"/>
        <source>Réponse au client</source>
        <translation>Reply to customer</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="74"/>
        <source>Note interne</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="75"/>
        <source>Visible uniquement par l&apos;équipe Origyne (I)</source>
        <translation>Visible to the Origyne team only (I)</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="76"/>
        <source>Visible par le client (R)</source>
        <translation>Visible to the customer (R)</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="88"/>
        <source>Votre message</source>
        <translation>Your message</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="120"/>
        <source>Joindre…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="122"/>
        <source>Joindre des fichiers (ou glissez-les, ou collez une image)</source>
        <translation>Attach files (or drag them here, or paste an image)</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="126"/>
        <source>Ctrl+Entrée pour envoyer</source>
        <translation>Ctrl+Enter to send</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="196"/>
        <source>Note interne : visible uniquement par l&apos;équipe Origyne…</source>
        <translation>Internal note: visible to the Origyne team only…</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="197"/>
        <source>Ajouter la note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="198"/>
        <source>Le client ne verra pas cette note.</source>
        <translation>The customer will not see this note.</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="200"/>
        <source>Votre réponse au client…</source>
        <translation>Your reply to the customer…</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="201"/>
        <source>Envoyer la réponse</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="202"/>
        <source>Le client recevra cette réponse.</source>
        <translation>The customer will receive this reply.</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="204"/>
        <source>Ajouter une information…</source>
        <translation>Add more information…</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="205"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="303"/>
        <source>Envoi en attente : votre message partira dès que le serveur sera joignable.</source>
        <translation>Sending pending: your message will go as soon as the server can be reached.</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="319"/>
        <source>Écrivez un message avant d&apos;envoyer.</source>
        <translation>Write a message before sending.</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="323"/>
        <source>Patientez : des fichiers sont encore en cours d&apos;envoi.</source>
        <translation>Please wait: files are still uploading.</translation>
    </message>
    <message>
        <location filename="../tickets/composer.py" line="326"/>
        <source>Retirez les fichiers refusés avant d&apos;envoyer.</source>
        <translation>Remove the refused files before sending.</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <location filename="../admin/common/confirm.py" line="30"/>
        <location filename="../admin/common/confirm.py" line="32"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactChooser</name>
    <message>
        <location filename="../admin/customers/picker.py" line="131"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../admin/customers/picker.py" line="138"/>
        <source>Aucun contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <location filename="../admin/customers/picker.py" line="168"/>
        <source>{name} — {email}</source>
        <translation>{name} — {email}</translation>
    </message>
    <message>
        <location filename="../admin/customers/picker.py" line="170"/>
        <source>{contact} (a déjà un compte)</source>
        <translation>{contact} (already has an account)</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../admin/customers/dialogs.py" line="156"/>
        <source>Nouveau contact chez {customer}</source>
        <translation>New contact at {customer}</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="158"/>
        <source>Modifier le contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="163"/>
        <source>&amp;Prénom</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="165"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="166"/>
        <source>ex. : Responsable achats</source>
        <translation>e.g. Purchasing manager</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="167"/>
        <source>&amp;Fonction</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="168"/>
        <source>prenom.nom@societe.fr</source>
        <translation>firstname.lastname@company.com</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="169"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="171"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="174"/>
        <source>Cet interlocuteur est synchronisé depuis le CRM : il se modifie dans le CRM.</source>
        <translation>This contact is synced from the CRM: edit it in the CRM.</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="178"/>
        <location filename="../admin/customers/dialogs.py" line="179"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../admin/customers/table_model.py" line="33"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="34"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="35"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="36"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="39"/>
        <source>Compte client</source>
        <translation>Customer account</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="40"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="40"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="42"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="43"/>
        <source>Origine</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../customers/tabs/contacts.py" line="24"/>
        <source>Interlocuteurs du client</source>
        <translation>Customer contacts</translation>
    </message>
    <message>
        <location filename="../customers/tabs/contacts.py" line="25"/>
        <source>Aucun interlocuteur chez ce client.</source>
        <translation>This customer has no contacts.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/contacts.py" line="34"/>
        <source>&amp;Inviter</source>
        <translation>&amp;Invite</translation>
    </message>
    <message>
        <location filename="../customers/tabs/contacts.py" line="35"/>
        <source>Inviter l&apos;interlocuteur sélectionné</source>
        <translation>Invite the selected contact</translation>
    </message>
    <message>
        <location filename="../customers/tabs/contacts.py" line="37"/>
        <source>Crée son accès client ; il reçoit un e-mail pour choisir son mot de passe.</source>
        <translation>Creates their customer access; they receive an email to choose their password.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/contacts.py" line="66"/>
        <source>Sélectionnez un interlocuteur sans accès pour l&apos;inviter.</source>
        <translation>Select a contact without access to invite them.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/contacts.py" line="68"/>
        <source>Cet interlocuteur est inactif : il ne peut pas être invité.</source>
        <translation>This contact is inactive: they cannot be invited.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/contacts.py" line="70"/>
        <source>Cet interlocuteur a déjà un accès client.</source>
        <translation>This contact already has customer access.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/contacts.py" line="72"/>
        <source>Cet interlocuteur n&apos;a pas d&apos;adresse e-mail : ajoutez-la d&apos;abord.</source>
        <translation>This contact has no email address: add one first.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/contacts.py" line="86"/>
        <source>{name} est invité : un e-mail a été envoyé à {email}.</source>
        <translation>{name} is invited: an email has been sent to {email}.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../tickets/conversation.py" line="128"/>
        <source>Discussion</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location filename="../tickets/conversation.py" line="175"/>
        <source>Demande initiale</source>
        <translation>Original request</translation>
    </message>
    <message>
        <location filename="../tickets/conversation.py" line="193"/>
        <source>Équipe Origyne</source>
        <translation>Origyne team</translation>
    </message>
    <message>
        <location filename="../tickets/conversation.py" line="193"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
</context>
<context>
    <name>CostRateTableModel</name>
    <message>
        <location filename="../admin/agents/table_model.py" line="34"/>
        <source>Taux horaire</source>
        <translation>Hourly rate</translation>
    </message>
    <message>
        <location filename="../admin/agents/table_model.py" line="37"/>
        <source>Depuis le</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location filename="../admin/agents/table_model.py" line="40"/>
        <source>Saisi par</source>
        <translation>Entered by</translation>
    </message>
</context>
<context>
    <name>CrmPage</name>
    <message>
        <location filename="../admin/crm/page.py" line="37"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="39"/>
        <source>Le lien avec le CRM : synchronisation des clients, commandes et produits livrés, et clés d&apos;API d&apos;un CRM qui envoie lui-même ses données.</source>
        <translation>The link with the CRM: syncing of customers, orders and delivered products, and API keys for a CRM that sends its data itself.</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="47"/>
        <source>&amp;Actualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="54"/>
        <source>Synchronisations et clés d&apos;API</source>
        <translation>Syncs and API keys</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="55"/>
        <source>S&amp;ynchronisations</source>
        <translation>S&amp;yncs</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="57"/>
        <source>Clés d&apos;A&amp;PI</source>
        <translation>A&amp;PI keys</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="81"/>
        <source>Synchronisations, la plus récente en premier</source>
        <translation>Syncs, most recent first</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="84"/>
        <source>Aucune synchronisation pour l&apos;instant. Lancez « Synchroniser maintenant » une fois le connecteur configuré, ou donnez une clé d&apos;API au CRM : chaque envoi apparaîtra ici.</source>
        <translation>No syncs yet. Start “Sync now” once the connector is configured, or give the CRM an API key: every submission will appear here.</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="185"/>
        <source>Resynchronisation complète</source>
        <translation>Full resync</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="187"/>
        <source>Relire tout le CRM ? Le SAV reprend chaque fiche et désactive celles qui n&apos;y sont plus. Sur un gros CRM, cela peut prendre plusieurs minutes ; le SAV reste utilisable pendant ce temps.</source>
        <translation>Read the whole CRM again? Origyne SAV takes up every record again and deactivates those no longer in the CRM. On a large CRM this can take several minutes; Origyne SAV stays usable in the meantime.</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="190"/>
        <source>Lancer la resynchronisation</source>
        <translation>Start the resync</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="200"/>
        <source>Synchronisation lancée.</source>
        <translation>Sync started.</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="231"/>
        <source>Révoquer la clé</source>
        <translation>Revoke key</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="233"/>
        <source>Révoquer la clé « {name} » ? Le CRM qui l&apos;utilise ne pourra plus rien envoyer au SAV avec elle. C&apos;est définitif : pour reprendre les envois, créez une nouvelle clé.</source>
        <translation>Revoke the key “{name}”? The CRM that uses it will no longer be able to send anything to Origyne SAV with it. This cannot be undone: to resume submissions, create a new key.</translation>
    </message>
    <message>
        <location filename="../admin/crm/page.py" line="236"/>
        <source>Révoquer</source>
        <translation>Revoke</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../admin/customers/dialogs.py" line="51"/>
        <source>Modifier le client</source>
        <translation>Edit customer</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="51"/>
        <source>Nouveau client</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="55"/>
        <source>&amp;Raison sociale</source>
        <translation>Company &amp;name</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="57"/>
        <source>ex. : CRM-004217</source>
        <translation>e.g. CRM-004217</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="60"/>
        <source>&amp;Identifiant CRM</source>
        <translation>CRM &amp;ID</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="62"/>
        <source>Celui du CRM d&apos;Origyne ; il ne pourra plus être modifié.</source>
        <translation>The one in Origyne&apos;s CRM; it cannot be changed later.</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="69"/>
        <source>Identifiant CRM</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="71"/>
        <source>Fixé à la création : il relie ce client au CRM.</source>
        <translation>Set at creation: it links this customer to the CRM.</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="75"/>
        <source>&amp;SIRET</source>
        <translation>&amp;SIRET</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="75"/>
        <source>14 chiffres, facultatif.</source>
        <translation>14 digits, optional.</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="76"/>
        <source>contact@societe.fr</source>
        <translation>contact@company.com</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="77"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="79"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="81"/>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="83"/>
        <source>Code &amp;postal</source>
        <translation>Postal &amp;code</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="85"/>
        <source>&amp;Ville</source>
        <translation>Ci&amp;ty</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="88"/>
        <source>Pa&amp;ys</source>
        <translation>Countr&amp;y</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="88"/>
        <source>Code à deux lettres, ex. : FR, BE.</source>
        <translation>Two-letter code, e.g. FR, BE.</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="89"/>
        <source>Client a&amp;ctif</source>
        <translation>Acti&amp;ve customer</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="91"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="97"/>
        <source>Pour l&apos;équipe SAV ; le CRM ne les voit pas.</source>
        <translation>For the service team; the CRM does not see them.</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="98"/>
        <source>&amp;Notes SAV</source>
        <translation>Service n&amp;otes</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="102"/>
        <source>Ce client est synchronisé depuis le CRM : ses informations se modifient dans le CRM. Seules les notes SAV se modifient ici.</source>
        <translation>This customer is synced from the CRM: its details are edited in the CRM. Only the service notes are edited here.</translation>
    </message>
    <message>
        <location filename="../admin/customers/dialogs.py" line="146"/>
        <source>Au plus {limit} caractères.</source>
        <translation>At most {limit} characters.</translation>
    </message>
</context>
<context>
    <name>CustomerListPane</name>
    <message>
        <location filename="../customers/list_pane.py" line="29"/>
        <source>Nom ou identifiant CRM…</source>
        <translation>Name or CRM ID…</translation>
    </message>
    <message>
        <location filename="../customers/list_pane.py" line="30"/>
        <source>Rechercher un client</source>
        <translation>Search for a customer</translation>
    </message>
    <message>
        <location filename="../customers/list_pane.py" line="34"/>
        <source>Filtrer les clients par statut</source>
        <translation>Filter customers by status</translation>
    </message>
    <message>
        <location filename="../customers/list_pane.py" line="35"/>
        <source>Actifs</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../customers/list_pane.py" line="36"/>
        <source>Inactifs</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../customers/list_pane.py" line="37"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../customers/list_pane.py" line="43"/>
        <source>Liste des clients</source>
        <translation>Customer list</translation>
    </message>
    <message>
        <location filename="../customers/list_pane.py" line="71"/>
        <source>Aucun client ne correspond à cette recherche. Essayez une partie du nom.</source>
        <translation>No customers match this search. Try part of the name.</translation>
    </message>
    <message>
        <location filename="../customers/list_pane.py" line="73"/>
        <source>Aucun client inactif.</source>
        <translation>No inactive customers.</translation>
    </message>
    <message>
        <location filename="../customers/list_pane.py" line="75"/>
        <source>Aucun client pour le moment.</source>
        <translation>No customers yet.</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../admin/customers/picker.py" line="30"/>
        <source>Rechercher une société (nom ou identifiant CRM)…</source>
        <translation>Search for a company (name or CRM ID)…</translation>
    </message>
    <message>
        <location filename="../admin/customers/picker.py" line="31"/>
        <source>Rechercher une société</source>
        <translation>Search for a company</translation>
    </message>
    <message>
        <location filename="../admin/customers/picker.py" line="35"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../admin/customers/picker.py" line="36"/>
        <source>Choisissez une société</source>
        <translation>Choose a company</translation>
    </message>
    <message>
        <location filename="../admin/customers/picker.py" line="83"/>
        <source>Recherche…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../admin/customers/picker.py" line="91"/>
        <source>{name} ({crm_id})</source>
        <translation>{name} ({crm_id})</translation>
    </message>
    <message>
        <location filename="../admin/customers/picker.py" line="102"/>
        <source>Aucune société active ne correspond. Essayez un autre nom.</source>
        <translation>No active company matches. Try another name.</translation>
    </message>
    <message>
        <location filename="../admin/customers/picker.py" line="104"/>
        <source>Seuls les premiers résultats sont listés : précisez la recherche.</source>
        <translation>Only the first results are listed: refine your search.</translation>
    </message>
    <message>
        <location filename="../tickets/customer_picker.py" line="26"/>
        <source>Rechercher un client…</source>
        <translation>Search for a customer…</translation>
    </message>
    <message>
        <location filename="../tickets/customer_picker.py" line="27"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
</context>
<context>
    <name>CustomerRecord</name>
    <message>
        <location filename="../customers/record.py" line="25"/>
        <source>Fiche client</source>
        <translation>Customer record</translation>
    </message>
    <message>
        <location filename="../customers/record.py" line="32"/>
        <source>Rubriques de la fiche client</source>
        <translation>Customer record sections</translation>
    </message>
    <message>
        <location filename="../customers/tabs/__init__.py" line="24"/>
        <source>Interlocuteurs</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../customers/tabs/__init__.py" line="25"/>
        <source>Commandes</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../customers/tabs/__init__.py" line="26"/>
        <source>Produits livrés</source>
        <translation>Delivered products</translation>
    </message>
    <message>
        <location filename="../customers/tabs/__init__.py" line="27"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../customers/tabs/__init__.py" line="28"/>
        <source>Notes SAV</source>
        <translation>Service notes</translation>
    </message>
</context>
<context>
    <name>CustomerRecordHeader</name>
    <message>
        <location filename="../customers/record_header.py" line="37"/>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="41"/>
        <source>Inactif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="42"/>
        <source>Client inactif</source>
        <translation>Inactive customer</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="46"/>
        <source>&amp;Nouveau ticket</source>
        <translation>&amp;New ticket</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="48"/>
        <source>Nouveau ticket pour ce client</source>
        <translation>New ticket for this customer</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="58"/>
        <source>Identifiant CRM</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="59"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="60"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="61"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="62"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="83"/>
        <source>Synchronisé depuis le CRM</source>
        <translation>Synced from the CRM</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="85"/>
        <source>Synchronisé depuis le CRM le {date}</source>
        <translation>Synced from the CRM on {date}</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="88"/>
        <source>Ces informations viennent du CRM : elles se modifient dans le CRM.</source>
        <translation>These details come from the CRM: edit them in the CRM.</translation>
    </message>
    <message>
        <location filename="../customers/record_header.py" line="90"/>
        <source>Saisi dans le SAV</source>
        <translation>Entered in Origyne SAV</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../admin/customers/table_model.py" line="15"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="16"/>
        <source>Saisi dans le SAV</source>
        <translation>Entered in Origyne SAV</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="21"/>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="22"/>
        <source>Identifiant CRM</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="23"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="24"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="25"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="26"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../admin/customers/table_model.py" line="27"/>
        <source>Origine</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>CustomerTables</name>
    <message>
        <location filename="../customers/table_models.py" line="23"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="23"/>
        <source>Inactif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="30"/>
        <source>Raison sociale</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="31"/>
        <source>Identifiant CRM</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="32"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="33"/>
        <location filename="../customers/table_models.py" line="91"/>
        <location filename="../customers/table_models.py" line="201"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="47"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="48"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="49"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="50"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="51"/>
        <source>Accès client</source>
        <translation>Customer access</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="61"/>
        <source>Interlocuteur inactif</source>
        <translation>Inactive contact</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="89"/>
        <location filename="../customers/table_models.py" line="197"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="90"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="92"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="116"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="117"/>
        <source>Article</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="118"/>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="119"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="120"/>
        <source>Prix unitaire</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="173"/>
        <source>Produit</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="174"/>
        <source>N° de série</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="177"/>
        <source>Livré le</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="181"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="199"/>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="204"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../customers/table_models.py" line="209"/>
        <source>Dernière activité</source>
        <translation>Last activity</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../admin/customers/page.py" line="28"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="30"/>
        <source>Les sociétés clientes d&apos;Origyne et les personnes à contacter chez chacune. Celles du CRM s&apos;y modifient ; « Nouveau client » sert aux clients saisis dans le SAV.</source>
        <translation>Origyne&apos;s customer companies and the people to contact at each one. Those from the CRM are edited there; “New customer” is for customers entered in Origyne SAV.</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="35"/>
        <source>&amp;Nouveau client</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="36"/>
        <source>&amp;Modifier le client</source>
        <translation>&amp;Edit customer</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="41"/>
        <source>Rechercher par raison sociale ou identifiant CRM…</source>
        <translation>Search by company name or CRM ID…</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="42"/>
        <source>Rechercher un client</source>
        <translation>Search for a customer</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="46"/>
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="47"/>
        <source>Clients actifs</source>
        <translation>Active customers</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="48"/>
        <source>Clients inactifs</source>
        <translation>Inactive customers</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="49"/>
        <source>Tous les clients</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="58"/>
        <source>Liste des clients</source>
        <translation>Customer list</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="95"/>
        <source>&amp;Ajouter un contact</source>
        <translation>&amp;Add contact</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="98"/>
        <source>Modifier le c&amp;ontact</source>
        <translation>Edit c&amp;ontact</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="100"/>
        <source>Supprimer le con&amp;tact</source>
        <translation>Delete con&amp;tact</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="108"/>
        <source>Contacts du client</source>
        <translation>Customer contacts</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="110"/>
        <location filename="../admin/customers/page.py" line="155"/>
        <source>Sélectionnez un client pour voir ses contacts.</source>
        <translation>Select a customer to see their contacts.</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="144"/>
        <source>Aucun client ne correspond à cette recherche.</source>
        <translation>No customers match this search.</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="145"/>
        <source>Aucun client à afficher. Créez-en un avec « Nouveau client ».</source>
        <translation>No customers to show. Create one with “New customer”.</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="154"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="158"/>
        <location filename="../admin/customers/page.py" line="185"/>
        <source>Contacts de {name}</source>
        <translation>Contacts at {name}</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="160"/>
        <source>Aucun contact chez ce client. Ajoutez-en un avec « Ajouter un contact ».</source>
        <translation>This customer has no contacts. Add one with “Add contact”.</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="200"/>
        <source>Un interlocuteur du CRM se retire dans le CRM.</source>
        <translation>A contact from the CRM is removed in the CRM.</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="239"/>
        <source>Supprimer le contact</source>
        <translation>Delete contact</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="240"/>
        <source>Supprimer le contact {name} ? Cette action est définitive.</source>
        <translation>Delete the contact {name}? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../admin/customers/page.py" line="241"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>CustomersWorkspace</name>
    <message>
        <location filename="../customers/workspace.py" line="33"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../customers/workspace.py" line="41"/>
        <source>Sélectionnez un client dans la liste pour afficher sa fiche.</source>
        <translation>Select a customer in the list to show their record.</translation>
    </message>
    <message>
        <location filename="../customers/workspace.py" line="45"/>
        <source>Chargement de la fiche client…</source>
        <translation>Loading the customer record…</translation>
    </message>
    <message>
        <location filename="../customers/workspace.py" line="53"/>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location filename="../customers/workspace.py" line="54"/>
        <source>Réessayer d&apos;ouvrir la fiche client</source>
        <translation>Try opening the customer record again</translation>
    </message>
</context>
<context>
    <name>DeliveriesTab</name>
    <message>
        <location filename="../customers/tabs/deliveries.py" line="20"/>
        <source>Produits livrés au client</source>
        <translation>Products delivered to the customer</translation>
    </message>
    <message>
        <location filename="../customers/tabs/deliveries.py" line="21"/>
        <source>Aucun produit livré à ce client.</source>
        <translation>No products delivered to this customer.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/deliveries.py" line="28"/>
        <source>Nouveau ticket sur ce &amp;produit</source>
        <translation>New ticket about this &amp;product</translation>
    </message>
    <message>
        <location filename="../customers/tabs/deliveries.py" line="29"/>
        <source>Nouveau ticket sur ce produit</source>
        <translation>New ticket about this product</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <location filename="../tickets/due_dialog.py" line="32"/>
        <source>Échéance (GTR)</source>
        <translation>Restoration deadline (GTR)</translation>
    </message>
    <message>
        <location filename="../tickets/due_dialog.py" line="34"/>
        <source>Date limite de rétablissement garantie pour ce ticket :</source>
        <translation>Guaranteed restoration deadline for this ticket:</translation>
    </message>
    <message>
        <location filename="../tickets/due_dialog.py" line="36"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../tickets/due_dialog.py" line="39"/>
        <source>Retirer l&apos;échéance</source>
        <translation>Remove deadline</translation>
    </message>
    <message>
        <location filename="../tickets/due_dialog.py" line="42"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../tickets/due_dialog.py" line="44"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../admin/common/banner.py" line="16"/>
        <location filename="../tickets/widgets.py" line="117"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../admin/common/banner.py" line="24"/>
        <location filename="../admin/common/banner.py" line="25"/>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../admin/common/banner.py" line="28"/>
        <location filename="../tickets/widgets.py" line="118"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../admin/common/banner.py" line="29"/>
        <location filename="../tickets/widgets.py" line="120"/>
        <source>Fermer le message d&apos;erreur</source>
        <translation>Close the error message</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../tickets/filters.py" line="53"/>
        <source>Rechercher : référence, sujet, description… (Ctrl+F)</source>
        <translation>Search: reference, subject, description… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="54"/>
        <source>Rechercher des tickets</source>
        <translation>Search tickets</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="65"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="67"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="68"/>
        <source>Toutes priorités</source>
        <translation>All priorities</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="71"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="81"/>
        <source>Tous les clients</source>
        <translation>All customers</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="85"/>
        <source>Assigné à</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="90"/>
        <source>Créés entre</source>
        <translation>Created between</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="91"/>
        <source>Filtrer par date de création</source>
        <translation>Filter by creation date</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="93"/>
        <source>Créés à partir du</source>
        <translation>Created from</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="94"/>
        <source>Créés jusqu&apos;au</source>
        <translation>Created until</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="100"/>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="136"/>
        <source>Tous les statuts</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="145"/>
        <source>Toutes catégories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="149"/>
        <source>Non assignés</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="149"/>
        <source>Moi</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../tickets/filters.py" line="151"/>
        <source>Tous les assignés</source>
        <translation>All assignees</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../admin/common/form_dialog.py" line="86"/>
        <location filename="../admin/common/form_dialog.py" line="90"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../admin/common/form_dialog.py" line="92"/>
        <location filename="../admin/common/form_dialog.py" line="94"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../admin/common/form_dialog.py" line="202"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <location filename="../ui/header.py" line="42"/>
        <source>Service après-vente</source>
        <translation>After-sales service</translation>
    </message>
    <message>
        <location filename="../ui/header.py" line="47"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../ui/header.py" line="48"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../ui/header.py" line="49"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../ui/header.py" line="109"/>
        <source>Menu du compte de {name}</source>
        <translation>Account menu for {name}</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <location filename="../admin/common/list_panel.py" line="100"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../admin/common/list_panel.py" line="102"/>
        <source>La liste n&apos;a pas pu être chargée.</source>
        <translation>The list could not be loaded.</translation>
    </message>
</context>
<context>
    <name>LogoWidget</name>
    <message>
        <location filename="../ui/logo.py" line="15"/>
        <source>Logo {name}</source>
        <translation>{name} logo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.py" line="77"/>
        <location filename="../ui/main_window.py" line="201"/>
        <source>SAV Origyne</source>
        <translation>Origyne SAV</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="225"/>
        <source>SAV Origyne — {name}</source>
        <translation>Origyne SAV — {name}</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="305"/>
        <source>Connexion au serveur rétablie.</source>
        <translation>Connection to the server restored.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="335"/>
        <source>Votre mot de passe a été modifié.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../ui/banners.py" line="46"/>
        <source>Fermer le message</source>
        <translation>Close the message</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <location filename="../tickets/conversation.py" line="87"/>
        <source>Note interne</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../tickets/conversation.py" line="105"/>
        <source>Message de %1</source>
        <translation>Message from %1</translation>
    </message>
</context>
<context>
    <name>NewApiKeyDialog</name>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="21"/>
        <source>Nouvelle clé d&apos;API</source>
        <translation>New API key</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="24"/>
        <source>ex. : CRM Origyne — production</source>
        <translation>e.g. Origyne CRM — production</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="27"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../admin/crm/key_dialogs.py" line="29"/>
        <source>Pour reconnaître la clé dans la liste : quel CRM l&apos;utilise, sur quel environnement.</source>
        <translation>To recognise the key in the list: which CRM uses it, in which environment.</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="68"/>
        <source>Nouveau ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="71"/>
        <source>Nouveau ticket pour un client</source>
        <translation>New ticket for a customer</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="71"/>
        <source>Décrivez votre demande</source>
        <translation>Describe your request</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="84"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="87"/>
        <location filename="../tickets/new_ticket_dialog.py" line="89"/>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="93"/>
        <source>En quelques mots : ex. « Terminal T200 bloqué au démarrage »</source>
        <translation>In a few words, e.g. “T200 terminal stuck at startup”</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="94"/>
        <location filename="../tickets/new_ticket_dialog.py" line="95"/>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="97"/>
        <location filename="../tickets/new_ticket_dialog.py" line="98"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="100"/>
        <location filename="../tickets/new_ticket_dialog.py" line="104"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="107"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="109"/>
        <source>Ou produit livré</source>
        <translation>Or delivered product</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="112"/>
        <location filename="../tickets/new_ticket_dialog.py" line="117"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="114"/>
        <source>Que se passe-t-il ? Depuis quand ? Messages d&apos;erreur, numéros de série…</source>
        <translation>What is happening? Since when? Error messages, serial numbers…</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="133"/>
        <source>Joindre…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="135"/>
        <source>Joindre des fichiers (ou glissez-les, ou collez une image)</source>
        <translation>Attach files (or drag them here, or paste an image)</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="139"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="141"/>
        <location filename="../tickets/new_ticket_dialog.py" line="363"/>
        <source>Créer le ticket</source>
        <translation>Create ticket</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="187"/>
        <source>Choisissez une catégorie</source>
        <translation>Choose a category</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="203"/>
        <source>Moi-même (%1)</source>
        <translation>Myself (%1)</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="297"/>
        <source>Choisissez le client concerné.</source>
        <translation>Choose the customer concerned.</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="299"/>
        <source>Indiquez un sujet.</source>
        <translation>Enter a subject.</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="301"/>
        <source>Choisissez une catégorie.</source>
        <translation>Choose a category.</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="303"/>
        <source>Décrivez votre demande.</source>
        <translation>Describe your request.</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="311"/>
        <source>Patientez : des fichiers sont encore en cours d&apos;envoi.</source>
        <translation>Please wait: files are still uploading.</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="313"/>
        <source>Retirez les fichiers refusés avant d&apos;envoyer.</source>
        <translation>Remove the refused files before sending.</translation>
    </message>
    <message>
        <location filename="../tickets/new_ticket_dialog.py" line="337"/>
        <source>Création…</source>
        <translation>Creating…</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../customers/tabs/notes.py" line="22"/>
        <source>Notes SAV</source>
        <translation>Service notes</translation>
    </message>
    <message>
        <location filename="../customers/tabs/notes.py" line="27"/>
        <source>Ce que l&apos;équipe SAV doit savoir sur ce client : accès au site, interlocuteur préféré…</source>
        <translation>What the service team should know about this customer: site access, preferred contact…</translation>
    </message>
    <message>
        <location filename="../customers/tabs/notes.py" line="30"/>
        <source>Aucune note SAV pour ce client.</source>
        <translation>No service notes for this customer.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/notes.py" line="36"/>
        <source>Lecture seule : seuls les gestionnaires des clients modifient ces notes.</source>
        <translation>Read-only: only customer managers can edit these notes.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/notes.py" line="38"/>
        <source>&amp;Enregistrer les notes</source>
        <translation>&amp;Save notes</translation>
    </message>
    <message>
        <location filename="../customers/tabs/notes.py" line="40"/>
        <source>Enregistrer les notes SAV</source>
        <translation>Save service notes</translation>
    </message>
    <message>
        <location filename="../customers/tabs/notes.py" line="74"/>
        <source>Les notes dépassent {limit} caractères : raccourcissez-les.</source>
        <translation>The notes exceed {limit} characters: shorten them.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/notes.py" line="86"/>
        <source>Notes enregistrées.</source>
        <translation>Notes saved.</translation>
    </message>
</context>
<context>
    <name>NotificationBadge</name>
    <message>
        <location filename="../notifications/badge.py" line="86"/>
        <source>Notifications, aucune non lue</source>
        <translation>Notifications, none unread</translation>
    </message>
    <message>
        <location filename="../notifications/badge.py" line="88"/>
        <source>Notifications, 1 non lue</source>
        <translation>Notifications, 1 unread</translation>
    </message>
    <message>
        <location filename="../notifications/badge.py" line="90"/>
        <source>Notifications, %1 non lues</source>
        <translation>Notifications, %1 unread</translation>
    </message>
</context>
<context>
    <name>NotificationListModel</name>
    <message>
        <location filename="../notifications/panel.py" line="89"/>
        <source>non lue</source>
        <translation>unread</translation>
    </message>
    <message>
        <location filename="../notifications/panel.py" line="89"/>
        <source>lue</source>
        <translation>read</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <location filename="../notifications/panel.py" line="196"/>
        <location filename="../notifications/panel.py" line="199"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location filename="../notifications/panel.py" line="201"/>
        <source>Tout marquer comme lu</source>
        <translation>Mark all as read</translation>
    </message>
    <message>
        <location filename="../notifications/panel.py" line="202"/>
        <source>Préférences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <location filename="../notifications/panel.py" line="203"/>
        <source>Préférences de notification</source>
        <translation>Notification preferences</translation>
    </message>
    <message>
        <location filename="../notifications/panel.py" line="209"/>
        <source>Liste des notifications</source>
        <translation>Notification list</translation>
    </message>
    <message>
        <location filename="../notifications/panel.py" line="218"/>
        <source>Aucune notification pour le moment. Les réponses et les changements sur vos tickets s&apos;afficheront ici.</source>
        <translation>No notifications yet. Replies and changes on your tickets will show up here.</translation>
    </message>
</context>
<context>
    <name>NotificationPreferencesDialog</name>
    <message>
        <location filename="../notifications/preferences_dialog.py" line="39"/>
        <location filename="../notifications/preferences_dialog.py" line="45"/>
        <source>Préférences de notification</source>
        <translation>Notification preferences</translation>
    </message>
    <message>
        <location filename="../notifications/preferences_dialog.py" line="47"/>
        <source>Choisissez comment être prévenu de chaque événement sur vos tickets.</source>
        <translation>Choose how you are told of each event on your tickets.</translation>
    </message>
    <message>
        <location filename="../notifications/preferences_dialog.py" line="58"/>
        <source>Dans l&apos;application</source>
        <translation>In the app</translation>
    </message>
    <message>
        <location filename="../notifications/preferences_dialog.py" line="58"/>
        <source>Par e-mail</source>
        <translation>By email</translation>
    </message>
    <message>
        <location filename="../notifications/preferences_dialog.py" line="65"/>
        <source>Afficher les notifications du bureau</source>
        <translation>Show desktop notifications</translation>
    </message>
    <message>
        <location filename="../notifications/preferences_dialog.py" line="69"/>
        <source>Sur cet ordinateur : les notifications du système, en plus de la liste de l&apos;application.</source>
        <translation>On this computer: the system&apos;s notifications, in addition to the app&apos;s list.</translation>
    </message>
    <message>
        <location filename="../notifications/preferences_dialog.py" line="75"/>
        <location filename="../notifications/preferences_dialog.py" line="76"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../notifications/preferences_dialog.py" line="106"/>
        <source>Les préférences n&apos;ont pas pu être chargées : %1</source>
        <translation>The preferences could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../notifications/preferences_dialog.py" line="118"/>
        <source>%1 : dans l&apos;application</source>
        <translation>%1: in the app</translation>
    </message>
    <message>
        <location filename="../notifications/preferences_dialog.py" line="118"/>
        <source>%1 : par e-mail</source>
        <translation>%1: by email</translation>
    </message>
    <message>
        <location filename="../notifications/preferences_dialog.py" line="165"/>
        <source>« %1 » n&apos;a pas pu être enregistré : %2</source>
        <translation>“%1” could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>OfflineBanner</name>
    <message>
        <location filename="../ui/banners.py" line="18"/>
        <source>Hors ligne — le serveur est injoignable. Nouvelle tentative automatique…</source>
        <translation>Offline — the server is unreachable. Retrying automatically…</translation>
    </message>
    <message>
        <location filename="../ui/banners.py" line="21"/>
        <location filename="../ui/banners.py" line="23"/>
        <source>Réessayer maintenant</source>
        <translation>Retry now</translation>
    </message>
</context>
<context>
    <name>OpenBlockedWarning</name>
    <message>
        <location filename="../attachments/cards.py" line="35"/>
        <source>Fichier non ouvert</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <location filename="../attachments/cards.py" line="46"/>
        <source>Enregistrer sous…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../attachments/cards.py" line="48"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../attachments/cards.py" line="37"/>
        <source>« {name} » n&apos;est pas ouvert par l&apos;application.</source>
        <translation>“{name}” is not opened by the application.</translation>
    </message>
    <message>
        <location filename="../attachments/cards.py" line="39"/>
        <source>C&apos;est une archive : elle peut contenir des programmes qui se lanceraient à l&apos;ouverture.</source>
        <translation>It is an archive: it may hold programs that would start when it is opened.</translation>
    </message>
    <message>
        <location filename="../attachments/cards.py" line="42"/>
        <source>Son nom ne correspond pas à son contenu : l&apos;ouvrir pourrait lancer un programme.</source>
        <translation>Its name does not match its content: opening it could start a program.</translation>
    </message>
    <message>
        <location filename="../attachments/cards.py" line="43"/>
        <source>Vous pouvez l&apos;enregistrer sur votre ordinateur, puis ne l&apos;ouvrir que si vous connaissez son expéditeur et attendiez ce fichier.</source>
        <translation>You can save it on your computer, then open it only if you know its sender and were expecting this file.</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../customers/tabs/orders.py" line="35"/>
        <source>Commandes du client</source>
        <translation>Customer orders</translation>
    </message>
    <message>
        <location filename="../customers/tabs/orders.py" line="36"/>
        <source>Aucune commande pour ce client.</source>
        <translation>No orders for this customer.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/orders.py" line="60"/>
        <source>Nouveau ticket sur cette &amp;commande</source>
        <translation>New ticket about this &amp;order</translation>
    </message>
    <message>
        <location filename="../customers/tabs/orders.py" line="61"/>
        <source>Nouveau ticket sur cette commande</source>
        <translation>New ticket about this order</translation>
    </message>
    <message>
        <location filename="../customers/tabs/orders.py" line="68"/>
        <location filename="../customers/tabs/orders.py" line="95"/>
        <source>Lignes de la commande</source>
        <translation>Order lines</translation>
    </message>
    <message>
        <location filename="../customers/tabs/orders.py" line="96"/>
        <source>Sélectionnez une commande pour voir ses lignes.</source>
        <translation>Select an order to see its lines.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/orders.py" line="98"/>
        <source>Lignes de la commande {reference}</source>
        <translation>Lines of order {reference}</translation>
    </message>
    <message>
        <location filename="../customers/tabs/orders.py" line="104"/>
        <source>Cette commande n&apos;a aucune ligne.</source>
        <translation>This order has no lines.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../outbox/pending_view.py" line="28"/>
        <source>1 envoi en attente</source>
        <translation>1 send pending</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="29"/>
        <source>%1 envois en attente</source>
        <translation>%1 sends pending</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="35"/>
        <source>Nouveau ticket « %1 »</source>
        <translation>New ticket “%1”</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="40"/>
        <source>Note interne au nouveau ticket « %1 »</source>
        <translation>Internal note on the new ticket “%1”</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="42"/>
        <source>Réponse au nouveau ticket « %1 »</source>
        <translation>Reply to the new ticket “%1”</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="47"/>
        <source>Note interne au ticket %1</source>
        <translation>Internal note on ticket %1</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="49"/>
        <source>Réponse au ticket %1</source>
        <translation>Reply to ticket %1</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="56"/>
        <source>Refusé</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="58"/>
        <source>Envoi…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="60"/>
        <source>Attend son ticket</source>
        <translation>Waiting for its ticket</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="61"/>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="68"/>
        <source>Envois en attente</source>
        <translation>Pending sends</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="71"/>
        <source>1 envoi n&apos;a pas encore atteint le serveur.</source>
        <translation>1 send has not reached the server yet.</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="73"/>
        <source>%1 envois n&apos;ont pas encore atteint le serveur.</source>
        <translation>%1 sends have not reached the server yet.</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="76"/>
        <source>Ils restent enregistrés sur cet ordinateur et partiront à votre prochaine connexion.</source>
        <translation>They stay saved on this computer and will be sent the next time you sign in.</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="81"/>
        <source>Les garder et me déconnecter</source>
        <translation>Keep them and sign out</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="84"/>
        <source>Annuler la déconnexion</source>
        <translation>Cancel signing out</translation>
    </message>
</context>
<context>
    <name>PendingButton</name>
    <message>
        <location filename="../outbox/pending_view.py" line="110"/>
        <source>%1 (1 refusé)</source>
        <translation>%1 (1 refused)</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="112"/>
        <source>%1 (%2 refusés)</source>
        <translation>%1 (%2 refused)</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="115"/>
        <source>Voir les envois en attente</source>
        <translation>See pending sends</translation>
    </message>
</context>
<context>
    <name>PendingDialog</name>
    <message>
        <location filename="../outbox/pending_view.py" line="133"/>
        <location filename="../outbox/pending_view.py" line="155"/>
        <source>Envois en attente</source>
        <translation>Pending sends</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="137"/>
        <source>Ils partiront dès que le serveur répondra. Un envoi refusé reste ici.</source>
        <translation>They will go as soon as the server answers. A refused send stays here.</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="140"/>
        <source>Envoi</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="140"/>
        <source>Créé le</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="140"/>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="140"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="157"/>
        <source>Rien en attente : tout a été envoyé.</source>
        <translation>Nothing pending: everything was sent.</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="160"/>
        <source>Annuler l&apos;envoi</source>
        <translation>Cancel the send</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="163"/>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../outbox/pending_view.py" line="165"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PendingUpload</name>
    <message>
        <location filename="../attachments/tray.py" line="175"/>
        <source>Envoi de {name}</source>
        <translation>Sending {name}</translation>
    </message>
    <message>
        <location filename="../attachments/tray.py" line="176"/>
        <location filename="../attachments/tray.py" line="192"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../attachments/tray.py" line="178"/>
        <source>Annuler l&apos;envoi de {name}</source>
        <translation>Cancel sending {name}</translation>
    </message>
    <message>
        <location filename="../attachments/tray.py" line="206"/>
        <location filename="../attachments/tray.py" line="219"/>
        <location filename="../attachments/tray.py" line="227"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../attachments/tray.py" line="207"/>
        <source>Retirer {name}</source>
        <translation>Remove {name}</translation>
    </message>
    <message>
        <location filename="../attachments/tray.py" line="218"/>
        <source>Serveur injoignable : le fichier partira avec le message.</source>
        <translation>Server unreachable: the file will go with the message.</translation>
    </message>
</context>
<context>
    <name>PermissionChecklist</name>
    <message>
        <location filename="../admin/roles/dialog.py" line="31"/>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
</context>
<context>
    <name>QueueSidebar</name>
    <message>
        <location filename="../tickets/queue_sidebar.py" line="29"/>
        <location filename="../tickets/queue_sidebar.py" line="34"/>
        <source>Files de tickets</source>
        <translation>Ticket queues</translation>
    </message>
</context>
<context>
    <name>RatingWidget</name>
    <message>
        <location filename="../tickets/rating.py" line="102"/>
        <location filename="../tickets/rating.py" line="144"/>
        <source>Votre avis sur la résolution de ce ticket</source>
        <translation>Your feedback on how this ticket was resolved</translation>
    </message>
    <message>
        <location filename="../tickets/rating.py" line="111"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../tickets/rating.py" line="112"/>
        <source>Un commentaire ? (facultatif)</source>
        <translation>Any comments? (optional)</translation>
    </message>
    <message>
        <location filename="../tickets/rating.py" line="121"/>
        <source>Envoyer mon avis</source>
        <translation>Send feedback</translation>
    </message>
    <message>
        <location filename="../tickets/rating.py" line="144"/>
        <source>Votre avis</source>
        <translation>Your feedback</translation>
    </message>
    <message>
        <location filename="../tickets/rating.py" line="148"/>
        <source>%1 « %2 »</source>
        <translation>%1 “%2”</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="38"/>
        <source>Rappels du ticket</source>
        <translation>Ticket reminders</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="43"/>
        <source>Rappels</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="47"/>
        <source>Aucun rappel. Choisissez une date ci-dessous puis « Créer le rappel ».</source>
        <translation>No reminders. Choose a date below, then click “Create reminder”.</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="53"/>
        <source>Date du rappel</source>
        <translation>Reminder date</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="55"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="66"/>
        <source>Note du rappel</source>
        <translation>Reminder note</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="67"/>
        <source>Ex. : rappeler le client pour confirmer le dépannage</source>
        <translation>E.g. call the customer back to confirm the fix</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="69"/>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="70"/>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="71"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="79"/>
        <source>Nouveau rappel</source>
        <translation>New reminder</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="81"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="84"/>
        <location filename="../tickets/reminders_dialog.py" line="157"/>
        <source>Créer le rappel</source>
        <translation>Create reminder</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="87"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="116"/>
        <source>%1 — pour %2</source>
        <translation>%1 — for %2</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="121"/>
        <source>%1 (déclenché)</source>
        <translation>%1 (triggered)</translation>
    </message>
    <message>
        <location filename="../tickets/reminders_dialog.py" line="148"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ResetConfirmStep</name>
    <message>
        <location filename="../ui/password_reset_view.py" line="131"/>
        <source>Choisissez un nouveau mot de passe</source>
        <translation>Choose a new password</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="136"/>
        <source>Code reçu par e-mail</source>
        <translation>Code received by email</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="139"/>
        <source>Nouveau mot de passe</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="140"/>
        <source>Au moins 10 caractères, pas uniquement des chiffres.</source>
        <translation>At least 10 characters, not only digits.</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="143"/>
        <source>Confirmez le mot de passe</source>
        <translation>Confirm the password</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="144"/>
        <source>Enregistrer le mot de passe</source>
        <translation>Save password</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="144"/>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="145"/>
        <source>Renvoyer un code</source>
        <translation>Send a new code</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="164"/>
        <source>Si un compte existe pour {email}, un code à 8 chiffres vient de lui être envoyé par e-mail. Saisissez-le ci-dessous avec votre nouveau mot de passe.</source>
        <translation>If an account exists for {email}, an 8-digit code has just been emailed to it. Enter it below along with your new password.</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="166"/>
        <source>Un code vous a été envoyé.</source>
        <translation>A code has been sent to you.</translation>
    </message>
</context>
<context>
    <name>ResetRequestStep</name>
    <message>
        <location filename="../ui/password_reset_view.py" line="76"/>
        <source>Mot de passe oublié</source>
        <translation>Forgot password</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="78"/>
        <source>Saisissez l&apos;adresse e-mail de votre compte : nous vous enverrons un code de réinitialisation.</source>
        <translation>Enter your account&apos;s email address: we will send you a reset code.</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="80"/>
        <source>prenom.nom@societe.fr</source>
        <translation>firstname.lastname@company.com</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="81"/>
        <source>Adresse e-mail</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="82"/>
        <source>Recevoir un code</source>
        <translation>Send me a code</translation>
    </message>
    <message>
        <location filename="../ui/password_reset_view.py" line="82"/>
        <source>Envoi…</source>
        <translation>Sending…</translation>
    </message>
</context>
<context>
    <name>RestoringPage</name>
    <message>
        <location filename="../ui/restoring_page.py" line="24"/>
        <location filename="../ui/restoring_page.py" line="50"/>
        <source>Reconnexion à votre session…</source>
        <translation>Restoring your session…</translation>
    </message>
    <message>
        <location filename="../ui/restoring_page.py" line="34"/>
        <source>Se connecter avec un autre compte</source>
        <translation>Sign in with another account</translation>
    </message>
    <message>
        <location filename="../ui/restoring_page.py" line="54"/>
        <source>Serveur injoignable</source>
        <translation>Server unreachable</translation>
    </message>
    <message>
        <location filename="../ui/restoring_page.py" line="56"/>
        <source>Nouvelle tentative de reconnexion de {email} dans {seconds} s…</source>
        <translation>Trying again to reconnect {email} in {seconds} s…</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../admin/roles/dialog.py" line="78"/>
        <source>Modifier le rôle</source>
        <translation>Edit role</translation>
    </message>
    <message>
        <location filename="../admin/roles/dialog.py" line="78"/>
        <source>Nouveau rôle</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../admin/roles/dialog.py" line="85"/>
        <source>&amp;Nom</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../admin/roles/dialog.py" line="92"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location filename="../admin/roles/dialog.py" line="94"/>
        <source>Identifiant technique (minuscules, chiffres, tirets) ; il ne change plus ensuite.</source>
        <translation>Technical identifier (lowercase letters, digits, hyphens); it cannot change afterwards.</translation>
    </message>
    <message>
        <location filename="../admin/roles/dialog.py" line="99"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../admin/roles/dialog.py" line="104"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../admin/roles/dialog.py" line="105"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../admin/roles/dialog.py" line="107"/>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../admin/roles/dialog.py" line="130"/>
        <source>Un rôle client ne peut tenir que des permissions client.</source>
        <translation>A customer role can only hold customer permissions.</translation>
    </message>
    <message>
        <location filename="../admin/roles/dialog.py" line="132"/>
        <source>Pour les membres de l&apos;équipe Origyne.</source>
        <translation>For members of the Origyne team.</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <location filename="../admin/roles/table_model.py" line="13"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/roles/table_model.py" line="14"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../admin/roles/table_model.py" line="15"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../admin/roles/table_model.py" line="16"/>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../admin/roles/table_model.py" line="17"/>
        <source>Intégré</source>
        <translation>Built-in</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../admin/roles/page.py" line="23"/>
        <source>Rôles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../admin/roles/page.py" line="25"/>
        <source>Ce que chaque type de compte a le droit de faire. Un rôle client reste limité à sa société.</source>
        <translation>What each type of account is allowed to do. A customer role stays limited to its own company.</translation>
    </message>
    <message>
        <location filename="../admin/roles/page.py" line="29"/>
        <source>&amp;Nouveau rôle</source>
        <translation>&amp;New role</translation>
    </message>
    <message>
        <location filename="../admin/roles/page.py" line="30"/>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../admin/roles/page.py" line="31"/>
        <source>&amp;Supprimer</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../admin/roles/page.py" line="35"/>
        <source>Liste des rôles</source>
        <translation>Role list</translation>
    </message>
    <message>
        <location filename="../admin/roles/page.py" line="37"/>
        <source>Aucun rôle. Créez-en un avec « Nouveau rôle ».</source>
        <translation>No roles. Create one with “New role”.</translation>
    </message>
    <message>
        <location filename="../admin/roles/page.py" line="67"/>
        <source>Un rôle intégré ne peut pas être supprimé.</source>
        <translation>A built-in role cannot be deleted.</translation>
    </message>
    <message>
        <location filename="../admin/roles/page.py" line="102"/>
        <source>Supprimer le rôle</source>
        <translation>Delete role</translation>
    </message>
    <message>
        <location filename="../admin/roles/page.py" line="103"/>
        <source>Supprimer le rôle « {name} » ? Cette action est définitive.</source>
        <translation>Delete the role “{name}”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../admin/roles/page.py" line="104"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings_dialog.py" line="17"/>
        <location filename="../ui/settings_dialog.py" line="22"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="25"/>
        <location filename="../ui/settings_dialog.py" line="52"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="29"/>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage.</source>
        <translation>The new language will apply the next time you start the app.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="35"/>
        <location filename="../ui/settings_dialog.py" line="54"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="36"/>
        <source>Clair</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="37"/>
        <source>Sombre</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="42"/>
        <location filename="../ui/settings_dialog.py" line="55"/>
        <source>Serveur</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="45"/>
        <source>Pour changer de serveur, déconnectez-vous puis saisissez sa nouvelle adresse.</source>
        <translation>To switch servers, sign out, then enter the new server&apos;s address.</translation>
    </message>
    <message>
        <location filename="../ui/settings_dialog.py" line="59"/>
        <location filename="../ui/settings_dialog.py" line="60"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ShellActions</name>
    <message>
        <location filename="../ui/actions.py" line="47"/>
        <source>Thème sombre</source>
        <translation>Dark theme</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="50"/>
        <source>Changer le mot de passe…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="52"/>
        <source>Préférences de notification…</source>
        <translation>Notification preferences…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="54"/>
        <source>Paramètres…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="55"/>
        <source>Se déconnecter</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="56"/>
        <location filename="../ui/actions.py" line="94"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="57"/>
        <location filename="../ui/actions.py" line="93"/>
        <source>À propos et raccourcis clavier</source>
        <translation>About and keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="58"/>
        <location filename="../ui/actions.py" line="76"/>
        <source>Palette de commandes</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="59"/>
        <location filename="../ui/actions.py" line="87"/>
        <source>Afficher les tickets</source>
        <translation>Show tickets</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="60"/>
        <location filename="../ui/actions.py" line="88"/>
        <source>Afficher les clients</source>
        <translation>Show customers</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="62"/>
        <location filename="../ui/actions.py" line="89"/>
        <source>Afficher l&apos;administration</source>
        <translation>Show administration</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="77"/>
        <source>Nouveau ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="78"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="79"/>
        <source>Envoyer le message</source>
        <translation>Send message</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="80"/>
        <source>Ticket suivant / précédent</source>
        <translation>Next / previous ticket</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="81"/>
        <source>Répondre</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="85"/>
        <source>Note interne</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="86"/>
        <source>Assigner</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../ui/actions.py" line="92"/>
        <source>Paramètres</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../ui/sign_in_view.py" line="187"/>
        <source>Origyne — Service après-vente</source>
        <translation>Origyne — After-sales service</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_view.py" line="318"/>
        <source>Votre mot de passe a été modifié. Connectez-vous avec le nouveau mot de passe.</source>
        <translation>Your password has been changed. Sign in with your new password.</translation>
    </message>
</context>
<context>
    <name>SignInStep</name>
    <message>
        <location filename="../ui/sign_in_view.py" line="86"/>
        <source>Connexion au SAV Origyne</source>
        <translation>Sign in to Origyne SAV</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_view.py" line="87"/>
        <source>Suivez vos demandes et échangez avec l&apos;équipe Origyne.</source>
        <translation>Track your requests and talk with the Origyne team.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_view.py" line="90"/>
        <source>Serveur</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_view.py" line="91"/>
        <source>prenom.nom@societe.fr</source>
        <translation>firstname.lastname@company.com</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_view.py" line="92"/>
        <source>Adresse e-mail</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_view.py" line="94"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_view.py" line="95"/>
        <location filename="../ui/sign_in_view.py" line="96"/>
        <source>Rester connecté</source>
        <translation>Stay signed in</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_view.py" line="97"/>
        <source>Votre session est conservée dans le trousseau sécurisé de l&apos;ordinateur.</source>
        <translation>Your session is kept in this computer&apos;s secure keychain.</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_view.py" line="99"/>
        <source>Se connecter</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_view.py" line="99"/>
        <source>Connexion…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../ui/sign_in_view.py" line="102"/>
        <source>Mot de passe oublié ?</source>
        <translation>Forgot your password?</translation>
    </message>
</context>
<context>
    <name>StarPicker</name>
    <message>
        <location filename="../tickets/rating.py" line="50"/>
        <source>%1 sur 5</source>
        <translation>%1 out of 5</translation>
    </message>
    <message>
        <location filename="../tickets/rating.py" line="74"/>
        <source>Note : %1 sur 5</source>
        <translation>Rating: %1 out of 5</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../ui/status_bar.py" line="32"/>
        <source>● Connecté à {server}</source>
        <translation>● Connected to {server}</translation>
    </message>
    <message>
        <location filename="../ui/status_bar.py" line="35"/>
        <source>● Hors ligne — nouvelle tentative…</source>
        <translation>● Offline — retrying…</translation>
    </message>
    <message>
        <location filename="../ui/status_bar.py" line="41"/>
        <source>{name} — {role}</source>
        <translation>{name} — {role}</translation>
    </message>
    <message>
        <location filename="../ui/status_bar.py" line="43"/>
        <source>{user} · {customer}</source>
        <translation>{user} · {customer}</translation>
    </message>
    <message>
        <location filename="../ui/status_bar.py" line="49"/>
        <source>Non connecté</source>
        <translation>Not signed in</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../admin/crm/status_panel.py" line="19"/>
        <source>{kind} : {n}</source>
        <translation>{kind}: {n}</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="32"/>
        <source>État du connecteur CRM</source>
        <translation>CRM connector status</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="39"/>
        <location filename="../admin/crm/status_panel.py" line="110"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="44"/>
        <source>Pour que le SAV lise le CRM lui-même, définissez sur le serveur les variables d&apos;environnement SAV_CRM_DATABASE_URL (la base du CRM) et SAV_CRM_MAPPING (le fichier de correspondance) : voir docs/crm.md. L&apos;API push fonctionne sans connecteur : un CRM peut envoyer ses données avec une clé d&apos;API (onglet « Clés d&apos;API »).</source>
        <translation>For Origyne SAV to read the CRM itself, set the environment variables SAV_CRM_DATABASE_URL (the CRM database) and SAV_CRM_MAPPING (the mapping file) on the server: see docs/crm.md. The push API works without a connector: a CRM can send its data with an API key (“API keys” tab).</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="62"/>
        <source>Synchronisation en cours</source>
        <translation>Sync in progress</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="75"/>
        <source>&amp;Synchroniser maintenant</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="77"/>
        <source>Synchroniser maintenant</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="78"/>
        <source>Lit ce qui a changé dans le CRM depuis la dernière synchronisation.</source>
        <translation>Reads what has changed in the CRM since the last sync.</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="81"/>
        <source>Resynchronisation &amp;complète</source>
        <translation>&amp;Full resync</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="82"/>
        <source>Resynchronisation complète</source>
        <translation>Full resync</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="84"/>
        <source>Relit tout le CRM et désactive dans le SAV ce qui n&apos;y est plus. Plus long.</source>
        <translation>Reads the whole CRM again and deactivates in Origyne SAV whatever is no longer there. Takes longer.</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="112"/>
        <source>Connecteur configuré : {source}</source>
        <translation>Connector configured: {source}</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="114"/>
        <source>Aucun connecteur CRM configuré</source>
        <translation>No CRM connector configured</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="123"/>
        <source>Synchronisation en cours depuis {when} — {counts}</source>
        <translation>Sync in progress since {when} — {counts}</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="127"/>
        <source>Synchronisation en cours…</source>
        <translation>Sync in progress…</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="133"/>
        <source>Planification : synchronisation incrémentale toutes les {minutes} min, complète toutes les {hours} h.</source>
        <translation>Schedule: incremental sync every {minutes} min, full sync every {hours} h.</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="147"/>
        <source>Aucune synchronisation pour l&apos;instant.</source>
        <translation>No syncs yet.</translation>
    </message>
    <message>
        <location filename="../admin/crm/status_panel.py" line="150"/>
        <source>Dernière synchronisation : {status} le {when} ({source}, {mode}) — {counts}</source>
        <translation>Last sync: {status} on {when} ({source}, {mode}) — {counts}</translation>
    </message>
</context>
<context>
    <name>SyncRunDetailView</name>
    <message>
        <location filename="../admin/crm/run_detail.py" line="62"/>
        <source>Détail de la synchronisation</source>
        <translation>Sync details</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="65"/>
        <source>Choisissez une synchronisation pour voir ses chiffres par type de fiche et les lignes refusées.</source>
        <translation>Choose a sync to see its figures by record type and the refused rows.</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="101"/>
        <source>Par type de fiche</source>
        <translation>By record type</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="106"/>
        <source>Fiches</source>
        <translation>Records</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="107"/>
        <source>Chiffres par type de fiche</source>
        <translation>Figures by record type</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="117"/>
        <location filename="../admin/crm/run_detail.py" line="123"/>
        <source>Lignes refusées</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="122"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="122"/>
        <source>Identifiant CRM</source>
        <translation>CRM ID</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="122"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="122"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="151"/>
        <source>Synchronisation n° {id} — {source}, {mode} : {status}</source>
        <translation>Sync no. {id} — {source}, {mode}: {status}</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="160"/>
        <source>Début : {when}</source>
        <translation>Started: {when}</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="161"/>
        <source>Fin : {when}</source>
        <translation>Finished: {when}</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="162"/>
        <source>Durée : {duration}</source>
        <translation>Duration: {duration}</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="165"/>
        <source>Essai à blanc : rien n&apos;a été écrit</source>
        <translation>Dry run: nothing was written</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="174"/>
        <source>Chargement des lignes refusées…</source>
        <translation>Loading the refused rows…</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="199"/>
        <source>Aucune ligne refusée.</source>
        <translation>No refused rows.</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="201"/>
        <source>Les {shown} premières lignes refusées sur {total} sont gardées ici.</source>
        <translation>The first {shown} of {total} refused rows are kept here.</translation>
    </message>
    <message>
        <location filename="../admin/crm/run_detail.py" line="206"/>
        <source>Corrigez ces lignes dans le CRM : elles seront reprises au prochain envoi ou à la prochaine synchronisation.</source>
        <translation>Correct these rows in the CRM: they will be taken up again at the next submission or the next sync.</translation>
    </message>
</context>
<context>
    <name>SyncRunTableModel</name>
    <message>
        <location filename="../admin/crm/table_models.py" line="26"/>
        <source>Début</source>
        <translation>Started</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="27"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="28"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="31"/>
        <location filename="../admin/crm/table_models.py" line="32"/>
        <source>Essai</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="33"/>
        <source>Essai à blanc : rien n&apos;a été écrit</source>
        <translation>Dry run: nothing was written</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="35"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../admin/crm/table_models.py" line="36"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
</context>
<context>
    <name>TicketActions</name>
    <message>
        <location filename="../tickets/ticket_actions.py" line="23"/>
        <source>Démarrer</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="24"/>
        <source>Passer le ticket en cours</source>
        <translation>Move the ticket to In progress</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="27"/>
        <source>En attente client</source>
        <translation>Waiting on customer</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="28"/>
        <source>Attendre une réponse du client</source>
        <translation>Wait for a reply from the customer</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="31"/>
        <source>Résoudre</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="32"/>
        <source>Marquer le ticket comme résolu</source>
        <translation>Mark the ticket as resolved</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="35"/>
        <source>Clôturer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="36"/>
        <source>Clôturer définitivement le ticket</source>
        <translation>Close the ticket for good</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="39"/>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="40"/>
        <source>Rouvrir le ticket</source>
        <translation>Reopen the ticket</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="62"/>
        <location filename="../tickets/ticket_actions.py" line="77"/>
        <source>Assigné à</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="63"/>
        <location filename="../tickets/ticket_actions.py" line="78"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="66"/>
        <location filename="../tickets/ticket_actions.py" line="79"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="67"/>
        <source>Échéance…</source>
        <translation>Deadline…</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="67"/>
        <source>Fixer l&apos;échéance (GTR)</source>
        <translation>Set the restoration deadline (GTR)</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="70"/>
        <location filename="../tickets/ticket_actions.py" line="71"/>
        <location filename="../tickets/ticket_actions.py" line="148"/>
        <source>Observateurs</source>
        <translation>Watchers</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="75"/>
        <source>Rappels…</source>
        <translation>Reminders…</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="75"/>
        <source>Rappels de ce ticket</source>
        <translation>Reminders for this ticket</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="148"/>
        <source>Observateurs (%1)</source>
        <translation>Watchers (%1)</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="168"/>
        <source>Non assigné</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="174"/>
        <source>%1 (moi)</source>
        <translation>%1 (me)</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="267"/>
        <source>Retirer %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_actions.py" line="271"/>
        <source>Identifier un membre de l&apos;équipe</source>
        <translation>Tag a team member</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <location filename="../tickets/ticket_header.py" line="31"/>
        <source>Référence du ticket</source>
        <translation>Ticket reference</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="45"/>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="52"/>
        <source>Client :</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="57"/>
        <source>Ouvrir la fiche client</source>
        <translation>Open the customer record</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="80"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="85"/>
        <source>Ouvrir la fiche client de %1</source>
        <translation>Open the customer record for %1</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="88"/>
        <location filename="../tickets/ticket_header.py" line="129"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="90"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="93"/>
        <source>Produit livré</source>
        <translation>Delivered product</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="94"/>
        <source>Créé le</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="97"/>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="98"/>
        <source>personne</source>
        <translation>nobody</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="99"/>
        <source>Assigné à</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="101"/>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="103"/>
        <source>Échéance (GTR)</source>
        <translation>Restoration deadline (GTR)</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="105"/>
        <source>Observateurs</source>
        <translation>Watchers</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="111"/>
        <source>Note du client : %1 sur 5</source>
        <translation>Customer rating: %1 out of 5</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_header.py" line="122"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TicketListPane</name>
    <message>
        <location filename="../tickets/ticket_list.py" line="71"/>
        <source>Liste des tickets</source>
        <translation>Ticket list</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_list.py" line="107"/>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_list.py" line="172"/>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_list.py" line="178"/>
        <source>Aucun ticket ne correspond à ces filtres. Modifiez-les ou cliquez sur « Effacer les filtres ».</source>
        <translation>No tickets match these filters. Change them or click “Clear filters”.</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_list.py" line="184"/>
        <source>Chargement de la suite…</source>
        <translation>Loading more…</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../tickets/table_model.py" line="26"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../tickets/table_model.py" line="30"/>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../tickets/table_model.py" line="35"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../tickets/table_model.py" line="39"/>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../tickets/table_model.py" line="43"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../tickets/table_model.py" line="47"/>
        <source>Assigné à</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../tickets/table_model.py" line="49"/>
        <source>Non assigné</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../tickets/table_model.py" line="53"/>
        <source>Demandeur</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../tickets/table_model.py" line="57"/>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../tickets/table_model.py" line="63"/>
        <source>Dernière activité</source>
        <translation>Last activity</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <location filename="../tickets/ticket_view.py" line="36"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_view.py" line="39"/>
        <source>Sélectionnez un ticket dans la liste pour afficher la discussion.</source>
        <translation>Select a ticket in the list to show its conversation.</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_view.py" line="41"/>
        <source>Sélectionnez un ticket pour suivre la discussion, ou cliquez sur « Nouveau ticket ».</source>
        <translation>Select a ticket to follow its conversation, or click “New ticket”.</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_view.py" line="45"/>
        <source>Chargement du ticket…</source>
        <translation>Loading ticket…</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_view.py" line="51"/>
        <source>Réessayer</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_view.py" line="152"/>
        <source>Ce ticket est clôturé. Pour un nouveau problème, cliquez sur « Nouveau ticket ».</source>
        <translation>This ticket is closed. For a new issue, click “New ticket”.</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_view.py" line="154"/>
        <source>Ce ticket est clôturé : rouvrez-le pour y répondre.</source>
        <translation>This ticket is closed: reopen it to reply.</translation>
    </message>
    <message>
        <location filename="../tickets/ticket_view.py" line="156"/>
        <source>Vous ne pouvez pas écrire dans ce ticket.</source>
        <translation>You cannot post in this ticket.</translation>
    </message>
</context>
<context>
    <name>TicketWorkspace</name>
    <message>
        <location filename="../tickets/workspaces.py" line="32"/>
        <source>Aucun ticket ouvert. Tout est traité !</source>
        <translation>No open tickets. You&apos;re all caught up!</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="33"/>
        <source>Aucun ticket ne vous est assigné. Choisissez-en un dans « Non assignés ».</source>
        <translation>No tickets are assigned to you. Pick one from “Unassigned”.</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="36"/>
        <source>Aucun ticket en attente d&apos;assignation.</source>
        <translation>No tickets waiting to be assigned.</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="37"/>
        <source>Aucun ticket avec une échéance (GTR) en cours.</source>
        <translation>No tickets with a running restoration deadline (GTR).</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="40"/>
        <source>Aucun ticket résolu ou clôturé.</source>
        <translation>No resolved or closed tickets.</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="70"/>
        <location filename="../tickets/workspaces.py" line="72"/>
        <location filename="../tickets/workspaces.py" line="95"/>
        <source>Nouveau ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="73"/>
        <source>Créer un ticket (Ctrl+N)</source>
        <translation>Create a ticket (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="96"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="97"/>
        <source>Ticket suivant</source>
        <translation>Next ticket</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="98"/>
        <source>Ticket précédent</source>
        <translation>Previous ticket</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="99"/>
        <source>Répondre</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="187"/>
        <source>Note interne</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="188"/>
        <source>Assigner</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="212"/>
        <source>Mes tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="216"/>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="217"/>
        <source>Clôturés</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="251"/>
        <source>Aucun ticket ouvert. Cliquez sur « Nouveau ticket » pour en créer un.</source>
        <translation>No open tickets. Click “New ticket” to create one.</translation>
    </message>
    <message>
        <location filename="../tickets/workspaces.py" line="255"/>
        <source>Aucun ticket clôturé pour le moment.</source>
        <translation>No closed tickets yet.</translation>
    </message>
</context>
<context>
    <name>TicketsTab</name>
    <message>
        <location filename="../customers/tabs/tickets.py" line="24"/>
        <source>Tickets à afficher</source>
        <translation>Tickets to show</translation>
    </message>
    <message>
        <location filename="../customers/tabs/tickets.py" line="27"/>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../customers/tabs/tickets.py" line="27"/>
        <source>Clôturés</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../customers/tabs/tickets.py" line="27"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../customers/tabs/tickets.py" line="32"/>
        <source>&amp;Ouvrir le ticket</source>
        <translation>&amp;Open ticket</translation>
    </message>
    <message>
        <location filename="../customers/tabs/tickets.py" line="33"/>
        <source>Ouvrir le ticket sélectionné</source>
        <translation>Open the selected ticket</translation>
    </message>
    <message>
        <location filename="../customers/tabs/tickets.py" line="40"/>
        <source>Tickets du client</source>
        <translation>Customer tickets</translation>
    </message>
    <message>
        <location filename="../customers/tabs/tickets.py" line="66"/>
        <source>Aucun ticket ouvert pour ce client. « Nouveau ticket » en crée un.</source>
        <translation>No open tickets for this customer. “New ticket” creates one.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/tickets.py" line="67"/>
        <source>Aucun ticket clôturé pour ce client.</source>
        <translation>No closed tickets for this customer.</translation>
    </message>
    <message>
        <location filename="../customers/tabs/tickets.py" line="68"/>
        <source>Aucun ticket pour ce client. « Nouveau ticket » en crée un.</source>
        <translation>No tickets for this customer. “New ticket” creates one.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../admin/users/dialogs.py" line="24"/>
        <source>Modifier l&apos;utilisateur</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="24"/>
        <source>Nouvel utilisateur</source>
        <translation>New user</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="30"/>
        <source>Chargement des rôles…</source>
        <translation>Loading roles…</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="31"/>
        <source>&amp;Rôle</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="34"/>
        <source>&amp;Nom complet</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="37"/>
        <source>prenom.nom@societe.fr</source>
        <translation>firstname.lastname@company.com</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="40"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="42"/>
        <source>Identifiant de connexion ; il ne peut plus être changé ensuite.</source>
        <translation>Used to sign in; it cannot be changed afterwards.</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="46"/>
        <source>&amp;Téléphone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="50"/>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="52"/>
        <source>&amp;Société cliente</source>
        <translation>&amp;Customer company</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="55"/>
        <source>C&amp;ontact</source>
        <translation>C&amp;ontact</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="55"/>
        <source>Facultatif : la personne de la société.</source>
        <translation>Optional: the person at the company.</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="63"/>
        <source>Mot de &amp;passe initial</source>
        <translation>Initial &amp;password</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="65"/>
        <source>Facultatif. Laissé vide, une invitation sera envoyée par e-mail.</source>
        <translation>Optional. If left empty, an invitation will be sent by email.</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="91"/>
        <source>Vous ne pouvez pas changer votre propre rôle.</source>
        <translation>You cannot change your own role.</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="99"/>
        <source>Choisissez un rôle</source>
        <translation>Choose a role</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="117"/>
        <source>Compte client : rattaché à une société, il ne voit que les tickets de celle-ci.</source>
        <translation>Customer account: linked to a company, it only sees that company&apos;s tickets.</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="119"/>
        <source>Membre de l&apos;équipe Origyne : il reçoit un profil d&apos;agent.</source>
        <translation>Origyne team member: gets an agent profile.</translation>
    </message>
    <message>
        <location filename="../admin/users/dialogs.py" line="144"/>
        <source>Choisissez un rôle.</source>
        <translation>Choose a role.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <location filename="../admin/users/table_model.py" line="17"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/users/table_model.py" line="18"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../admin/users/table_model.py" line="19"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../admin/users/table_model.py" line="20"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../admin/users/table_model.py" line="21"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../admin/users/page.py" line="27"/>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="28"/>
        <source>Comptes des clients et de l&apos;équipe Origyne : création, rôle, désactivation.</source>
        <translation>Customer and Origyne team accounts: creation, role, deactivation.</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="32"/>
        <source>&amp;Nouvel utilisateur</source>
        <translation>&amp;New user</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="33"/>
        <source>&amp;Modifier</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="34"/>
        <location filename="../admin/users/page.py" line="139"/>
        <source>&amp;Désactiver</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="38"/>
        <source>Rechercher par nom ou e-mail…</source>
        <translation>Search by name or email…</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="39"/>
        <source>Rechercher un utilisateur</source>
        <translation>Search for a user</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="43"/>
        <source>Filtrer par rôle</source>
        <translation>Filter by role</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="44"/>
        <location filename="../admin/users/page.py" line="102"/>
        <source>Tous les rôles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="47"/>
        <source>Filtrer par type de compte</source>
        <translation>Filter by account type</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="48"/>
        <source>Clients et équipe</source>
        <translation>Customers and team</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="49"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="50"/>
        <source>Équipe Origyne</source>
        <translation>Origyne team</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="53"/>
        <source>Filtrer par statut</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="54"/>
        <source>Actifs et désactivés</source>
        <translation>Active and deactivated</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="55"/>
        <source>Actifs</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="56"/>
        <source>Désactivés</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="63"/>
        <source>Liste des utilisateurs</source>
        <translation>User list</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="124"/>
        <source>Aucun utilisateur ne correspond à ces critères. Modifiez la recherche ou les filtres.</source>
        <translation>No users match these criteria. Change the search or the filters.</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="125"/>
        <source>Aucun utilisateur pour l&apos;instant. Créez le premier avec « Nouvel utilisateur ».</source>
        <translation>No users yet. Create the first one with “New user”.</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="136"/>
        <source>&amp;Réactiver</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="144"/>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="184"/>
        <source>Désactiver le compte</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="186"/>
        <source>Désactiver le compte de {name} ({email}) ? Ses sessions sont fermées immédiatement et il ne pourra plus se connecter tant que le compte n&apos;est pas réactivé.</source>
        <translation>Deactivate the account of {name} ({email})? Their sessions are closed immediately and they will not be able to sign in until the account is reactivated.</translation>
    </message>
    <message>
        <location filename="../admin/users/page.py" line="189"/>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
</context>
<context>
    <name>_Step</name>
    <message>
        <location filename="../ui/password_reset_view.py" line="39"/>
        <source>Retour à la connexion</source>
        <translation>Back to sign-in</translation>
    </message>
</context>
<context>
    <name>attachments</name>
    <message>
        <location filename="../attachments/tray.py" line="41"/>
        <source>{size} o</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <location filename="../attachments/tray.py" line="43"/>
        <source>{size} Ko</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <location filename="../attachments/tray.py" line="45"/>
        <source>{size} Mo</source>
        <translation>{size} MB</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../admin/audit/changes.py" line="91"/>
        <source>{field} : {changes}</source>
        <translation>{field}: {changes}</translation>
    </message>
    <message>
        <location filename="../admin/audit/changes.py" line="93"/>
        <location filename="../admin/audit/changes.py" line="95"/>
        <source>{field} : {value}</source>
        <translation>{field}: {value}</translation>
    </message>
    <message>
        <location filename="../admin/audit/changes.py" line="96"/>
        <source>{field} : {before} → {after}</source>
        <translation>{field}: {before} → {after}</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="12"/>
        <source>Utilisateur créé</source>
        <translation>User created</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="13"/>
        <source>Utilisateur modifié</source>
        <translation>User changed</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="14"/>
        <source>Utilisateur désactivé</source>
        <translation>User deactivated</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="15"/>
        <source>Utilisateur réactivé</source>
        <translation>User reactivated</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="16"/>
        <source>Rôle de l&apos;utilisateur changé</source>
        <translation>User&apos;s role changed</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="17"/>
        <source>Société de l&apos;utilisateur changée</source>
        <translation>User&apos;s company changed</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="18"/>
        <source>Invitation envoyée</source>
        <translation>Invitation sent</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="19"/>
        <source>Rôle créé</source>
        <translation>Role created</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="20"/>
        <source>Rôle modifié</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="21"/>
        <source>Rôle supprimé</source>
        <translation>Role deleted</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="22"/>
        <source>Client créé</source>
        <translation>Customer created</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="23"/>
        <source>Client modifié</source>
        <translation>Customer changed</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="24"/>
        <source>Client supprimé</source>
        <translation>Customer deleted</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="25"/>
        <source>Contact créé</source>
        <translation>Contact created</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="26"/>
        <source>Contact modifié</source>
        <translation>Contact changed</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="27"/>
        <source>Contact supprimé</source>
        <translation>Contact deleted</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="28"/>
        <source>Catégorie créée</source>
        <translation>Category created</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="29"/>
        <source>Catégorie modifiée</source>
        <translation>Category changed</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="30"/>
        <source>Catégorie supprimée</source>
        <translation>Category deleted</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="31"/>
        <source>Coût horaire de l&apos;agent changé</source>
        <translation>Agent&apos;s hourly cost changed</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="32"/>
        <source>Disponibilité de l&apos;agent changée</source>
        <translation>Agent&apos;s availability changed</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="33"/>
        <source>Profil de l&apos;agent modifié</source>
        <translation>Agent&apos;s profile changed</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="34"/>
        <source>Connexion</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="35"/>
        <source>Échec de connexion</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="36"/>
        <source>Connexion bloquée après trop d&apos;échecs</source>
        <translation>Sign-in locked after too many failures</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="37"/>
        <source>Mot de passe changé</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="38"/>
        <source>Mot de passe réinitialisé</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="39"/>
        <source>Réinitialisation du mot de passe demandée</source>
        <translation>Password reset requested</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="40"/>
        <source>Déconnexion</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="41"/>
        <source>Accès refusé</source>
        <translation>Access refused</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="42"/>
        <source>Fiches créées par le CRM</source>
        <translation>Records created by the CRM</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="43"/>
        <source>Fiche mise à jour par le CRM</source>
        <translation>Record updated by the CRM</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="44"/>
        <source>Fiche désactivée par le CRM</source>
        <translation>Record deactivated by the CRM</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="45"/>
        <source>Fiche réactivée par le CRM</source>
        <translation>Record reactivated by the CRM</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="46"/>
        <source>Synchronisation CRM terminée</source>
        <translation>CRM sync finished</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="47"/>
        <source>Synchronisation CRM demandée</source>
        <translation>CRM sync requested</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="48"/>
        <source>Clé d&apos;API créée</source>
        <translation>API key created</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="49"/>
        <source>Clé d&apos;API révoquée</source>
        <translation>API key revoked</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="50"/>
        <source>Clé d&apos;API refusée</source>
        <translation>API key refused</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="54"/>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="55"/>
        <location filename="../admin/audit/labels.py" line="93"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="56"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="57"/>
        <location filename="../admin/audit/labels.py" line="95"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="58"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="59"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="60"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="61"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="62"/>
        <source>Pièce jointe</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="63"/>
        <source>Article</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="64"/>
        <source>Commande</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="65"/>
        <source>Ligne de commande</source>
        <translation>Order line</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="66"/>
        <source>Produit livré</source>
        <translation>Delivered product</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="67"/>
        <location filename="../admin/audit/labels.py" line="81"/>
        <source>Synchronisation CRM</source>
        <translation>CRM sync</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="68"/>
        <source>Clé d&apos;API</source>
        <translation>API key</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="73"/>
        <source>Utilisateurs</source>
        <translation>Users</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="74"/>
        <source>Rôles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="75"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="76"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="77"/>
        <source>Catégories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="78"/>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="79"/>
        <source>Connexions et sécurité</source>
        <translation>Sign-ins and security</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="80"/>
        <source>Accès refusés</source>
        <translation>Refused accesses</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="82"/>
        <source>Clés d&apos;API</source>
        <translation>API keys</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="86"/>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="87"/>
        <location filename="../admin/audit/labels.py" line="88"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="89"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="90"/>
        <source>Nom de famille</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="91"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="92"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="94"/>
        <source>Société</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="96"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="97"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="98"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="99"/>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="100"/>
        <source>Identifiant CRM</source>
        <translation>CRM identifier</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="101"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="102"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="103"/>
        <source>Code postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="104"/>
        <source>Ville</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="105"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="106"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="107"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="108"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="109"/>
        <source>Disponibilité</source>
        <translation>Availability</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="110"/>
        <source>Catégories traitées</source>
        <translation>Handled categories</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="111"/>
        <source>Coût horaire</source>
        <translation>Hourly cost</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="112"/>
        <source>Devise</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="113"/>
        <source>Valable depuis</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="114"/>
        <source>Notes SAV</source>
        <translation>Service notes</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="115"/>
        <source>Référence article</source>
        <translation>Product code</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="116"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="117"/>
        <source>Date de commande</source>
        <translation>Order date</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="118"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="119"/>
        <source>Montant</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="120"/>
        <source>Libellé</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="121"/>
        <source>Quantité</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="122"/>
        <source>Prix unitaire</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="123"/>
        <source>Numéro de série</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="124"/>
        <source>Date de livraison</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="125"/>
        <source>Client (n°)</source>
        <translation>Customer (no.)</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="126"/>
        <source>Commande (n°)</source>
        <translation>Order (no.)</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="127"/>
        <source>Article (n°)</source>
        <translation>Product (no.)</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="128"/>
        <source>Nombre</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="129"/>
        <source>Type de fiche</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="130"/>
        <source>Premiers identifiants</source>
        <translation>First identifiers</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="131"/>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="132"/>
        <source>Complète</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="133"/>
        <source>Créées</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="134"/>
        <source>Mises à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="135"/>
        <source>Inchangées</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="136"/>
        <source>Désactivées</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="137"/>
        <source>Refusées</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="138"/>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="139"/>
        <source>Préfixe de la clé</source>
        <translation>Key prefix</translation>
    </message>
    <message>
        <location filename="../admin/audit/labels.py" line="140"/>
        <source>Révoquée</source>
        <translation>Revoked</translation>
    </message>
</context>
<context>
    <name>crm</name>
    <message>
        <location filename="../admin/crm/labels.py" line="10"/>
        <source>Pull</source>
        <translation>Pull</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="11"/>
        <source>Push</source>
        <translation>Push</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="14"/>
        <source>Complète</source>
        <translation>Full</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="15"/>
        <source>Incrémentale</source>
        <translation>Incremental</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="16"/>
        <source>Lot</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="19"/>
        <source>En cours</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="20"/>
        <source>Réussie</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="21"/>
        <source>Échouée</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="25"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="26"/>
        <source>Interlocuteurs</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="27"/>
        <source>Articles</source>
        <translation>Products</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="28"/>
        <source>Commandes</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="29"/>
        <source>Lignes de commande</source>
        <translation>Order lines</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="30"/>
        <source>Produits livrés</source>
        <translation>Delivered products</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="33"/>
        <source>Ligne invalide</source>
        <translation>Invalid row</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="34"/>
        <source>Parent inconnu</source>
        <translation>Unknown parent</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="35"/>
        <source>Valeur déjà prise</source>
        <translation>Value already taken</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="36"/>
        <source>Conflit à l&apos;écriture</source>
        <translation>Write conflict</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="39"/>
        <source>Créés</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="40"/>
        <source>Mis à jour</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="41"/>
        <source>Inchangés</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="42"/>
        <source>Désactivés</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="43"/>
        <source>Refusés</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="91"/>
        <source>{n} ms</source>
        <translation>{n} ms</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="94"/>
        <source>{s} s</source>
        <translation>{s} s</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="97"/>
        <source>{m} min {s:02d} s</source>
        <translation>{m} min {s:02d} s</translation>
    </message>
    <message>
        <location filename="../admin/crm/labels.py" line="99"/>
        <source>{h} h {m:02d} min</source>
        <translation>{h} h {m:02d} min</translation>
    </message>
</context>
<context>
    <name>customers</name>
    <message>
        <location filename="../customers/labels.py" line="16"/>
        <source>En attente</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../customers/labels.py" line="17"/>
        <source>Validée</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../customers/labels.py" line="18"/>
        <source>Expédiée</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location filename="../customers/labels.py" line="19"/>
        <source>Livrée</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../customers/labels.py" line="20"/>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../customers/labels.py" line="41"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../customers/labels.py" line="43"/>
        <source>Compte client</source>
        <translation>Customer account</translation>
    </message>
    <message>
        <location filename="../customers/labels.py" line="45"/>
        <source>Compte désactivé</source>
        <translation>Deactivated account</translation>
    </message>
    <message>
        <location filename="../customers/labels.py" line="47"/>
        <source>Invité</source>
        <translation>Invited</translation>
    </message>
    <message>
        <location filename="../customers/labels.py" line="48"/>
        <source>Compte actif</source>
        <translation>Active account</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="errors.py" line="12"/>
        <source>Le serveur est injoignable. Vérifiez votre connexion ; nous réessayons automatiquement.</source>
        <translation>The server is unreachable. Check your connection; we are retrying automatically.</translation>
    </message>
    <message>
        <location filename="errors.py" line="15"/>
        <source>Votre session a expiré. Reconnectez-vous pour continuer.</source>
        <translation>Your session has expired. Sign in again to continue.</translation>
    </message>
    <message>
        <location filename="errors.py" line="16"/>
        <source>Adresse refusée : la connexion doit être chiffrée (https://). Seul un serveur local peut utiliser http://.</source>
        <translation>Address refused: the connection must be encrypted (https://). Only a local server may use http://.</translation>
    </message>
    <message>
        <location filename="errors.py" line="20"/>
        <source>Adresse de serveur invalide. Exemple : https://sav.origyne.fr</source>
        <translation>Invalid server address. Example: https://sav.origyne.fr</translation>
    </message>
    <message>
        <location filename="errors.py" line="21"/>
        <source>Adresse e-mail ou mot de passe incorrect.</source>
        <translation>Incorrect email address or password.</translation>
    </message>
    <message>
        <location filename="errors.py" line="22"/>
        <source>Trop de tentatives de connexion échouées. Réessayez dans quelques minutes.</source>
        <translation>Too many failed sign-in attempts. Try again in a few minutes.</translation>
    </message>
    <message>
        <location filename="errors.py" line="25"/>
        <source>Trop de demandes en peu de temps. Patientez un instant puis réessayez.</source>
        <translation>Too many requests in a short time. Wait a moment, then try again.</translation>
    </message>
    <message>
        <location filename="errors.py" line="28"/>
        <location filename="errors.py" line="30"/>
        <source>Votre session n&apos;est plus valide. Reconnectez-vous.</source>
        <translation>Your session is no longer valid. Please sign in again.</translation>
    </message>
    <message>
        <location filename="errors.py" line="29"/>
        <source>Vous devez être connecté.</source>
        <translation>You must be signed in.</translation>
    </message>
    <message>
        <location filename="errors.py" line="31"/>
        <source>Ce compte a été désactivé. Contactez votre administrateur.</source>
        <translation>This account has been deactivated. Contact your administrator.</translation>
    </message>
    <message>
        <location filename="errors.py" line="32"/>
        <source>L&apos;accès de votre société au SAV Origyne est désactivé. Contactez votre interlocuteur Origyne.</source>
        <translation>Your company&apos;s access to Origyne after-sales is deactivated. Contact your Origyne representative.</translation>
    </message>
    <message>
        <location filename="errors.py" line="35"/>
        <source>Votre mot de passe a changé. Reconnectez-vous.</source>
        <translation>Your password has changed. Please sign in again.</translation>
    </message>
    <message>
        <location filename="errors.py" line="36"/>
        <source>Votre rôle ne permet pas cette action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <location filename="errors.py" line="37"/>
        <source>Cette action est réservée à l&apos;équipe Origyne.</source>
        <translation>This action is reserved for the Origyne team.</translation>
    </message>
    <message>
        <location filename="errors.py" line="38"/>
        <source>Votre compte n&apos;est rattaché à aucune société cliente.</source>
        <translation>Your account is not linked to any customer company.</translation>
    </message>
    <message>
        <location filename="errors.py" line="39"/>
        <source>Élément introuvable ou inaccessible.</source>
        <translation>Item not found or not accessible.</translation>
    </message>
    <message>
        <location filename="errors.py" line="40"/>
        <source>Certains champs sont invalides. Corrigez-les puis réessayez.</source>
        <translation>Some fields are invalid. Correct them, then try again.</translation>
    </message>
    <message>
        <location filename="errors.py" line="41"/>
        <source>La demande contient un champ non autorisé.</source>
        <translation>The request contains a field that is not allowed.</translation>
    </message>
    <message>
        <location filename="errors.py" line="42"/>
        <source>Filtre non reconnu.</source>
        <translation>Unrecognized filter.</translation>
    </message>
    <message>
        <location filename="errors.py" line="43"/>
        <source>Tri non reconnu.</source>
        <translation>Unrecognized sort order.</translation>
    </message>
    <message>
        <location filename="errors.py" line="44"/>
        <source>La demande est mal formée.</source>
        <translation>The request is malformed.</translation>
    </message>
    <message>
        <location filename="errors.py" line="45"/>
        <source>Ce changement de statut n&apos;est pas possible maintenant.</source>
        <translation>This status change is not possible right now.</translation>
    </message>
    <message>
        <location filename="errors.py" line="46"/>
        <source>Ce ticket est clôturé : ouvrez un nouveau ticket si besoin.</source>
        <translation>This ticket is closed: open a new ticket if needed.</translation>
    </message>
    <message>
        <location filename="errors.py" line="47"/>
        <source>Vous pourrez noter ce ticket une fois résolu.</source>
        <translation>You can rate this ticket once it is resolved.</translation>
    </message>
    <message>
        <location filename="errors.py" line="48"/>
        <source>Vous avez déjà noté ce ticket.</source>
        <translation>You have already rated this ticket.</translation>
    </message>
    <message>
        <location filename="errors.py" line="49"/>
        <source>Cet envoi a déjà été fait avec un contenu différent.</source>
        <translation>This was already sent with different content.</translation>
    </message>
    <message>
        <location filename="errors.py" line="50"/>
        <source>Fichier refusé : son extension ne correspond pas à son contenu, ou désigne un type qui peut lancer un programme (.bat, .exe, .js, .html…). Renommez-le avec l&apos;extension de son contenu (.pdf, .jpg, .docx, .txt…).</source>
        <translation>File refused: its extension does not match its content, or names a type that can start a program (.bat, .exe, .js, .html…). Rename it with the extension of its content (.pdf, .jpg, .docx, .txt…).</translation>
    </message>
    <message>
        <location filename="errors.py" line="55"/>
        <source>Fichier refusé : ce document contient des macros. Enregistrez-le sans macros (.docx, .xlsx, .pptx) puis joignez-le à nouveau.</source>
        <translation>File refused: this document contains macros. Save it without macros (.docx, .xlsx, .pptx), then attach it again.</translation>
    </message>
    <message>
        <location filename="errors.py" line="60"/>
        <source>Ce type de fichier ne peut pas être joint : envoyez une image, un PDF, un document bureautique, un texte ou une archive.</source>
        <translation>This kind of file cannot be attached: send an image, a PDF, an office document, a text or an archive.</translation>
    </message>
    <message>
        <location filename="errors.py" line="65"/>
        <source>Fichier trop volumineux pour être joint.</source>
        <translation>This file is too large to be attached.</translation>
    </message>
    <message>
        <location filename="errors.py" line="66"/>
        <source>Nom de fichier refusé : il ne peut contenir ni chemin ni caractère de contrôle.</source>
        <translation>File name refused: it cannot hold a path or a control character.</translation>
    </message>
    <message>
        <location filename="errors.py" line="69"/>
        <source>Une pièce jointe n&apos;est plus disponible : retirez-la puis joignez le fichier à nouveau.</source>
        <translation>An attachment is no longer available: remove it, then attach the file again.</translation>
    </message>
    <message>
        <location filename="errors.py" line="72"/>
        <source>Trop de pièces jointes pour un seul message.</source>
        <translation>Too many attachments for one message.</translation>
    </message>
    <message>
        <location filename="errors.py" line="73"/>
        <source>Le fichier de cette pièce jointe est introuvable.</source>
        <translation>The file of this attachment cannot be found.</translation>
    </message>
    <message>
        <location filename="errors.py" line="74"/>
        <source>Cette personne ne peut pas être assignée à ce ticket.</source>
        <translation>This person cannot be assigned to this ticket.</translation>
    </message>
    <message>
        <location filename="errors.py" line="75"/>
        <source>Seul un membre de l&apos;équipe Origyne peut être choisi.</source>
        <translation>Only a member of the Origyne team can be chosen.</translation>
    </message>
    <message>
        <location filename="errors.py" line="76"/>
        <source>Cette personne n&apos;a pas accès à ce ticket.</source>
        <translation>This person does not have access to this ticket.</translation>
    </message>
    <message>
        <location filename="errors.py" line="77"/>
        <source>Choisissez une date à venir.</source>
        <translation>Choose a date in the future.</translation>
    </message>
    <message>
        <location filename="errors.py" line="78"/>
        <source>Ce rappel a déjà été déclenché.</source>
        <translation>This reminder has already been triggered.</translation>
    </message>
    <message>
        <location filename="errors.py" line="79"/>
        <source>Cet élément n&apos;appartient pas à la société du ticket.</source>
        <translation>This item does not belong to the ticket&apos;s company.</translation>
    </message>
    <message>
        <location filename="errors.py" line="80"/>
        <source>Choisissez une commande ou un produit livré, pas les deux.</source>
        <translation>Choose an order or a delivered product, not both.</translation>
    </message>
    <message>
        <location filename="errors.py" line="83"/>
        <source>Le mot de passe actuel est incorrect.</source>
        <translation>The current password is incorrect.</translation>
    </message>
    <message>
        <location filename="errors.py" line="84"/>
        <source>Code invalide ou expiré. Demandez un nouveau code.</source>
        <translation>Invalid or expired code. Request a new code.</translation>
    </message>
    <message>
        <location filename="errors.py" line="85"/>
        <source>Vous ne pouvez pas désactiver votre propre compte.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location filename="errors.py" line="86"/>
        <source>Un rôle intégré ne peut pas être supprimé.</source>
        <translation>A built-in role cannot be deleted.</translation>
    </message>
    <message>
        <location filename="errors.py" line="87"/>
        <source>Ce rôle est attribué à des utilisateurs : réattribuez-les d&apos;abord.</source>
        <translation>This role is assigned to users: reassign them first.</translation>
    </message>
    <message>
        <location filename="errors.py" line="88"/>
        <source>Cet élément existe déjà.</source>
        <translation>This item already exists.</translation>
    </message>
    <message>
        <location filename="errors.py" line="89"/>
        <source>Ce champ ne peut plus être modifié.</source>
        <translation>This field can no longer be changed.</translation>
    </message>
    <message>
        <location filename="errors.py" line="90"/>
        <source>L&apos;élément a changé entre-temps. Rechargez puis réessayez.</source>
        <translation>The item has changed in the meantime. Reload, then try again.</translation>
    </message>
    <message>
        <location filename="errors.py" line="91"/>
        <source>Un compte utilise déjà cette adresse e-mail.</source>
        <translation>An account already uses this email address.</translation>
    </message>
    <message>
        <location filename="errors.py" line="92"/>
        <source>Ce contact a déjà un compte.</source>
        <translation>This contact already has an account.</translation>
    </message>
    <message>
        <location filename="errors.py" line="93"/>
        <source>Ce contact appartient à une autre société.</source>
        <translation>This contact belongs to another company.</translation>
    </message>
    <message>
        <location filename="errors.py" line="94"/>
        <source>Un compte de l&apos;équipe Origyne n&apos;est rattaché à aucune société.</source>
        <translation>An Origyne team account is not linked to any company.</translation>
    </message>
    <message>
        <location filename="errors.py" line="97"/>
        <source>Un autre rôle utilise déjà ce code.</source>
        <translation>Another role already uses this code.</translation>
    </message>
    <message>
        <location filename="errors.py" line="98"/>
        <source>Un autre rôle porte déjà ce nom.</source>
        <translation>Another role already has this name.</translation>
    </message>
    <message>
        <location filename="errors.py" line="99"/>
        <source>Un rôle client ne peut tenir que des permissions client.</source>
        <translation>A customer role can only hold customer permissions.</translation>
    </message>
    <message>
        <location filename="errors.py" line="102"/>
        <source>Cette valeur est déjà utilisée.</source>
        <translation>This value is already in use.</translation>
    </message>
    <message>
        <location filename="errors.py" line="103"/>
        <source>Un SIRET compte 14 chiffres.</source>
        <translation>A SIRET number has 14 digits.</translation>
    </message>
    <message>
        <location filename="errors.py" line="104"/>
        <source>Numéro de téléphone invalide.</source>
        <translation>Invalid phone number.</translation>
    </message>
    <message>
        <location filename="errors.py" line="105"/>
        <source>Code pays à deux lettres, ex. : FR.</source>
        <translation>Two-letter country code, e.g. FR.</translation>
    </message>
    <message>
        <location filename="errors.py" line="106"/>
        <source>Catégorie inconnue.</source>
        <translation>Unknown category.</translation>
    </message>
    <message>
        <location filename="errors.py" line="107"/>
        <source>Valeur invalide.</source>
        <translation>Invalid value.</translation>
    </message>
    <message>
        <location filename="errors.py" line="108"/>
        <source>Texte trop long.</source>
        <translation>Text too long.</translation>
    </message>
    <message>
        <location filename="errors.py" line="109"/>
        <source>Une seule ligne ici : pas de retour à la ligne, de tabulation ni de caractère de contrôle.</source>
        <translation>One line only here: no line break, tab or control character.</translation>
    </message>
    <message>
        <location filename="errors.py" line="112"/>
        <source>Texte trop court.</source>
        <translation>Text too short.</translation>
    </message>
    <message>
        <location filename="errors.py" line="113"/>
        <source>Élément introuvable.</source>
        <translation>Item not found.</translation>
    </message>
    <message>
        <location filename="errors.py" line="114"/>
        <source>Choix non valide.</source>
        <translation>Invalid choice.</translation>
    </message>
    <message>
        <location filename="errors.py" line="115"/>
        <location filename="errors.py" line="156"/>
        <location filename="errors.py" line="157"/>
        <source>Ce champ est obligatoire.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="errors.py" line="116"/>
        <source>Valeur trop grande.</source>
        <translation>Value too large.</translation>
    </message>
    <message>
        <location filename="errors.py" line="117"/>
        <source>Valeur trop petite.</source>
        <translation>Value too small.</translation>
    </message>
    <message>
        <location filename="errors.py" line="118"/>
        <source>Nombre trop long.</source>
        <translation>Number too long.</translation>
    </message>
    <message>
        <location filename="errors.py" line="119"/>
        <source>Trop de décimales.</source>
        <translation>Too many decimal places.</translation>
    </message>
    <message>
        <location filename="errors.py" line="120"/>
        <source>Vous ne pouvez pas attribuer un rôle qui a des permissions que vous n&apos;avez pas.</source>
        <translation>You cannot assign a role that has permissions you do not have.</translation>
    </message>
    <message>
        <location filename="errors.py" line="123"/>
        <source>Ce compte a des permissions que vous n&apos;avez pas.</source>
        <translation>This account has permissions you do not have.</translation>
    </message>
    <message>
        <location filename="errors.py" line="124"/>
        <source>Vous ne pouvez pas changer votre propre rôle.</source>
        <translation>You cannot change your own role.</translation>
    </message>
    <message>
        <location filename="errors.py" line="125"/>
        <source>Le rôle Administrateur doit garder la gestion des utilisateurs et des rôles.</source>
        <translation>The Administrator role must keep the management of users and roles.</translation>
    </message>
    <message>
        <location filename="errors.py" line="128"/>
        <source>Vous ne pouvez pas donner à un rôle une permission que vous n&apos;avez pas.</source>
        <translation>You cannot give a role a permission you do not have.</translation>
    </message>
    <message>
        <location filename="errors.py" line="131"/>
        <source>Vous ne pouvez pas modifier le rôle que vous avez.</source>
        <translation>You cannot change the role you hold.</translation>
    </message>
    <message>
        <location filename="errors.py" line="132"/>
        <source>Ce rôle a des permissions que vous n&apos;avez pas.</source>
        <translation>This role has permissions you do not have.</translation>
    </message>
    <message>
        <location filename="errors.py" line="133"/>
        <source>Seul un administrateur ayant toutes les permissions peut modifier un rôle intégré.</source>
        <translation>Only an administrator holding every permission can change a built-in role.</translation>
    </message>
    <message>
        <location filename="errors.py" line="136"/>
        <source>Un client porte déjà cet identifiant CRM.</source>
        <translation>A customer already has this CRM ID.</translation>
    </message>
    <message>
        <location filename="errors.py" line="137"/>
        <source>Ce contact a un compte client : désactivez le compte plutôt que de supprimer le contact.</source>
        <translation>This contact has a customer account: deactivate the account rather than deleting the contact.</translation>
    </message>
    <message>
        <location filename="errors.py" line="140"/>
        <source>Ces informations viennent du CRM d&apos;Origyne : modifiez-les dans le CRM, elles suivront ici.</source>
        <translation>These details come from Origyne&apos;s CRM: edit them in the CRM and they will follow here.</translation>
    </message>
    <message>
        <location filename="errors.py" line="143"/>
        <source>Aucun connecteur CRM n&apos;est configuré sur le serveur : définissez SAV_CRM_DATABASE_URL et SAV_CRM_MAPPING (voir docs/crm.md). Un CRM peut en attendant envoyer ses données avec une clé d&apos;API.</source>
        <translation>No CRM connector is configured on the server: set SAV_CRM_DATABASE_URL and SAV_CRM_MAPPING (see docs/crm.md). In the meantime, a CRM can send its data with an API key.</translation>
    </message>
    <message>
        <location filename="errors.py" line="148"/>
        <source>Une synchronisation avec le CRM est déjà en cours : attendez qu&apos;elle se termine.</source>
        <translation>A sync with the CRM is already in progress: wait for it to finish.</translation>
    </message>
    <message>
        <location filename="errors.py" line="151"/>
        <source>La liste a changé : rechargez-la.</source>
        <translation>The list has changed: reload it.</translation>
    </message>
    <message>
        <location filename="errors.py" line="152"/>
        <source>Filtre donné deux fois.</source>
        <translation>Filter given twice.</translation>
    </message>
    <message>
        <location filename="errors.py" line="153"/>
        <source>Identifiant d&apos;envoi invalide.</source>
        <translation>Invalid submission ID.</translation>
    </message>
    <message>
        <location filename="errors.py" line="154"/>
        <source>Identifiant d&apos;envoi incohérent.</source>
        <translation>Inconsistent submission ID.</translation>
    </message>
    <message>
        <location filename="errors.py" line="155"/>
        <source>Le serveur a rencontré une erreur. Réessayez dans un instant.</source>
        <translation>The server ran into an error. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="errors.py" line="158"/>
        <source>Ce mot de passe est trop court : choisissez-en un d&apos;au moins 10 caractères.</source>
        <translation>This password is too short: choose one with at least 10 characters.</translation>
    </message>
    <message>
        <location filename="errors.py" line="161"/>
        <source>Ce mot de passe est trop courant : choisissez-en un moins prévisible.</source>
        <translation>This password is too common: choose a less predictable one.</translation>
    </message>
    <message>
        <location filename="errors.py" line="164"/>
        <source>Le mot de passe ne peut pas être composé uniquement de chiffres.</source>
        <translation>The password cannot consist of digits only.</translation>
    </message>
    <message>
        <location filename="errors.py" line="167"/>
        <source>Le mot de passe ressemble trop à votre nom ou à votre adresse e-mail.</source>
        <translation>The password is too similar to your name or email address.</translation>
    </message>
    <message>
        <location filename="errors.py" line="170"/>
        <source>Les deux mots de passe ne correspondent pas.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="errors.py" line="171"/>
        <source>Le nouveau mot de passe doit être différent de l&apos;actuel.</source>
        <translation>The new password must be different from the current one.</translation>
    </message>
    <message>
        <location filename="errors.py" line="172"/>
        <source>Saisissez une adresse e-mail valide.</source>
        <translation>Enter a valid email address.</translation>
    </message>
    <message>
        <location filename="errors.py" line="173"/>
        <source>Le code reçu par e-mail comporte 8 chiffres.</source>
        <translation>The code received by email has 8 digits.</translation>
    </message>
    <message>
        <location filename="errors.py" line="174"/>
        <source>Aucun trousseau sécurisé n&apos;est disponible sur cet ordinateur : « Rester connecté » est désactivé.</source>
        <translation>No secure keychain is available on this computer: “Stay signed in” is disabled.</translation>
    </message>
    <message>
        <location filename="errors.py" line="179"/>
        <source>Une erreur inattendue est survenue. Réessayez.</source>
        <translation>An unexpected error occurred. Please try again.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <location filename="../ui/forms.py" line="155"/>
        <source>Chargement en cours</source>
        <translation>Loading</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../admin/common/labels.py" line="59"/>
        <source>Client</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="60"/>
        <source>Équipe Origyne</source>
        <translation>Origyne team</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="61"/>
        <source>Compte de service</source>
        <translation>Service account</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="64"/>
        <source>Disponible</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="65"/>
        <source>Occupé</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="66"/>
        <source>Absent</source>
        <translation>Away</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="69"/>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="70"/>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="103"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="103"/>
        <source>Désactivé</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="107"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="107"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>links</name>
    <message>
        <location filename="../links/texts.py" line="12"/>
        <source>Lien SAV invalide : il n&apos;a pas la forme origyne-sav://tickets/…</source>
        <translation>Invalid SAV link: it is not of the form origyne-sav://tickets/…</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="13"/>
        <source>Lien SAV invalide : il est trop long.</source>
        <translation>Invalid SAV link: it is too long.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="14"/>
        <source>Ce lien n&apos;est pas un lien du SAV Origyne (origyne-sav://).</source>
        <translation>This link is not an Origyne SAV link (origyne-sav://).</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="15"/>
        <source>Lien SAV non reconnu : seuls les liens « tickets/new » et « tickets/&lt;référence&gt; » sont pris en charge.</source>
        <translation>Unrecognized SAV link: only “tickets/new” and “tickets/&lt;reference&gt;” links are supported.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="19"/>
        <source>Lien SAV invalide : il contient un paramètre inconnu.</source>
        <translation>Invalid SAV link: it contains an unknown parameter.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="20"/>
        <source>Lien SAV invalide : un paramètre y figure deux fois.</source>
        <translation>Invalid SAV link: a parameter appears in it twice.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="21"/>
        <source>Lien SAV incomplet : il ne précise pas le client.</source>
        <translation>Incomplete SAV link: it does not specify the customer.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="22"/>
        <source>Lien SAV invalide : il précise à la fois une commande et un produit livré ; un seul est possible.</source>
        <translation>Invalid SAV link: it specifies both an order and a delivered product; only one is allowed.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="25"/>
        <source>Lien SAV invalide : une valeur dépasse la longueur permise.</source>
        <translation>Invalid SAV link: a value exceeds the allowed length.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="26"/>
        <source>Lien SAV invalide : il contient des espaces ou des caractères de contrôle.</source>
        <translation>Invalid SAV link: it contains spaces or control characters.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="32"/>
        <source>Aucun client du SAV n&apos;a l&apos;identifiant CRM « {value} ».</source>
        <translation>No customer in Origyne SAV has the CRM ID “{value}”.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="33"/>
        <source>Ce lien concerne un autre client que votre société : il ne peut pas être ouvert avec ce compte.</source>
        <translation>This link concerns a customer other than your company: it cannot be opened with this account.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="36"/>
        <source>Commande « {value} » introuvable pour ce client : le ticket est prérempli sans elle.</source>
        <translation>Order “{value}” not found for this customer: the ticket is prefilled without it.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="39"/>
        <source>Produit livré n° « {value} » introuvable pour ce client : le ticket est prérempli sans lui.</source>
        <translation>Delivered product no. “{value}” not found for this customer: the ticket is prefilled without it.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="42"/>
        <source>Ticket {value} introuvable, ou vous n&apos;y avez pas accès.</source>
        <translation>Ticket {value} not found, or you do not have access to it.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="45"/>
        <source>Votre rôle ne permet pas d&apos;ouvrir ce lien du SAV.</source>
        <translation>Your role does not allow opening this SAV link.</translation>
    </message>
    <message>
        <location filename="../links/texts.py" line="46"/>
        <source>Votre espace ne permet pas de créer un ticket depuis ce lien.</source>
        <translation>Your workspace does not allow creating a ticket from this link.</translation>
    </message>
</context>
<context>
    <name>notifications</name>
    <message>
        <location filename="../notifications/texts.py" line="16"/>
        <source>Nouveau ticket</source>
        <translation>New ticket</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="17"/>
        <source>Nouvelle réponse</source>
        <translation>New reply</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="18"/>
        <source>Nouvelle note interne</source>
        <translation>New internal note</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="19"/>
        <source>Ticket assigné</source>
        <translation>Ticket assigned</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="20"/>
        <source>Changement de statut</source>
        <translation>Status change</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="21"/>
        <source>Rappel</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="22"/>
        <source>Échéance proche ou dépassée</source>
        <translation>Deadline near or passed</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="23"/>
        <source>Évaluation reçue</source>
        <translation>Rating received</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="24"/>
        <source>Seuil de budget atteint</source>
        <translation>Budget threshold reached</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="26"/>
        <source>Échéance proche</source>
        <translation>Deadline near</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="27"/>
        <source>Échéance dépassée</source>
        <translation>Deadline passed</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="28"/>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="30"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="31"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="32"/>
        <source>%1 a assigné « %2 » à %3</source>
        <translation>%1 assigned “%2” to %3</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="33"/>
        <source>%1 a retiré l&apos;assignation de « %2 »</source>
        <translation>%1 unassigned “%2”</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="34"/>
        <source>%1 a passé « %2 » de « %3 » à « %4 »</source>
        <translation>%1 moved “%2” from “%3” to “%4”</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="35"/>
        <source>« %1 » est passé automatiquement de « %2 » à « %3 »</source>
        <translation>“%1” moved automatically from “%2” to “%3”</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="36"/>
        <source>« %1 » : %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="37"/>
        <source>« %1 » : échéance le %2</source>
        <translation>“%1”: due on %2</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="38"/>
        <source>« %1 » : échéance dépassée depuis le %2</source>
        <translation>“%1”: overdue since %2</translation>
    </message>
    <message>
        <location filename="../notifications/texts.py" line="39"/>
        <source>%1 a noté « %2 » %3/5</source>
        <translation>%1 rated “%2” %3/5</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../admin/common/labels.py" line="11"/>
        <source>Ouvrir des tickets</source>
        <translation>Open tickets</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="12"/>
        <source>Répondre dans les tickets</source>
        <translation>Reply in tickets</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="13"/>
        <source>Noter un ticket résolu</source>
        <translation>Rate a resolved ticket</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="14"/>
        <source>Voir tous les tickets</source>
        <translation>See all tickets</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="15"/>
        <source>Écrire des notes internes</source>
        <translation>Write internal notes</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="16"/>
        <source>Assigner les tickets</source>
        <translation>Assign tickets</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="17"/>
        <source>Changer la priorité et la catégorie des tickets</source>
        <translation>Change ticket priority and category</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="18"/>
        <source>Identifier des collègues sur un ticket</source>
        <translation>Tag colleagues on a ticket</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="19"/>
        <source>Changer le statut des tickets</source>
        <translation>Change ticket status</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="20"/>
        <source>Rouvrir des tickets</source>
        <translation>Reopen tickets</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="21"/>
        <source>Gérer les rappels</source>
        <translation>Manage reminders</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="22"/>
        <source>Consulter les clients</source>
        <translation>View customers</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="23"/>
        <source>Gérer les clients et leurs contacts</source>
        <translation>Manage customers and their contacts</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="24"/>
        <source>Gérer les catégories</source>
        <translation>Manage categories</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="25"/>
        <source>Gérer les utilisateurs et les agents</source>
        <translation>Manage users and agents</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="26"/>
        <source>Gérer les rôles</source>
        <translation>Manage roles</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="27"/>
        <source>Consulter le journal</source>
        <translation>Read the audit log</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="28"/>
        <source>Gérer le lien avec le CRM (synchronisations, clés d&apos;API)</source>
        <translation>Manage the CRM link (syncs, API keys)</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="29"/>
        <source>Envoyer les données du CRM (compte de service)</source>
        <translation>Send the CRM&apos;s data (service account)</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="35"/>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="50"/>
        <source>Clients</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="52"/>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <location filename="../admin/common/labels.py" line="55"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
<context>
    <name>tickets</name>
    <message>
        <location filename="../tickets/labels.py" line="16"/>
        <source>Ouvert</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="17"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="18"/>
        <source>En attente client</source>
        <translation>Waiting on customer</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="19"/>
        <source>Résolu</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="20"/>
        <source>Clôturé</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="23"/>
        <source>Basse</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="24"/>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="25"/>
        <source>Haute</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="28"/>
        <source>Tous ouverts</source>
        <translation>All open</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="29"/>
        <source>Mes tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="30"/>
        <source>Non assignés</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="31"/>
        <source>Échéance proche</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="32"/>
        <source>Clôturés</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="33"/>
        <source>Tous les tickets</source>
        <translation>All tickets</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="36"/>
        <source>%1 a créé le ticket</source>
        <translation>%1 created the ticket</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="37"/>
        <source>%1 a passé le ticket de « %2 » à « %3 »</source>
        <translation>%1 changed the ticket from “%2” to “%3”</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="38"/>
        <source>La réponse de %1 a repassé le ticket à « %3 »</source>
        <translation>%1&apos;s reply moved the ticket back to “%3”</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="39"/>
        <source>Le ticket est passé automatiquement de « %2 » à « %3 »</source>
        <translation>The ticket automatically changed from “%2” to “%3”</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="42"/>
        <source>%1 a assigné le ticket à %2</source>
        <translation>%1 assigned the ticket to %2</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="43"/>
        <source>%1 a retiré l&apos;assignation du ticket</source>
        <translation>%1 unassigned the ticket</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="44"/>
        <source>%1 a changé la priorité : %2 → %3</source>
        <translation>%1 changed the priority: %2 → %3</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="45"/>
        <source>%1 a changé la catégorie : %2 → %3</source>
        <translation>%1 changed the category: %2 → %3</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="46"/>
        <source>%1 a identifié %2 sur le ticket</source>
        <translation>%1 tagged %2 on the ticket</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="47"/>
        <source>%1 a retiré %2 des observateurs</source>
        <translation>%1 removed %2 from the watchers</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="48"/>
        <source>%1 a programmé un rappel pour %2 le %3</source>
        <translation>%1 scheduled a reminder for %2 on %3</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="49"/>
        <source>%1 a modifié un rappel</source>
        <translation>%1 edited a reminder</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="50"/>
        <source>%1 a supprimé un rappel</source>
        <translation>%1 deleted a reminder</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="51"/>
        <source>%1 a noté le ticket %2/5</source>
        <translation>%1 rated the ticket %2/5</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="52"/>
        <source>%1 a fixé l&apos;échéance au %2</source>
        <translation>%1 set the deadline to %2</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="53"/>
        <source>%1 a retiré l&apos;échéance</source>
        <translation>%1 removed the deadline</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="54"/>
        <source>Rappel pour %1 : %2</source>
        <translation>Reminder for %1: %2</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="55"/>
        <source>Rappel pour %1</source>
        <translation>Reminder for %1</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="56"/>
        <source>Échéance (GTR) proche : le %1</source>
        <translation>Restoration deadline (GTR) near: %1</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="57"/>
        <source>Échéance (GTR) dépassée : c&apos;était le %1</source>
        <translation>Restoration deadline (GTR) passed: it was %1</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="58"/>
        <source>%1 a modifié le ticket</source>
        <translation>%1 updated the ticket</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="93"/>
        <source>Quelqu&apos;un</source>
        <translation>Someone</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="131"/>
        <source>à l&apos;instant</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="133"/>
        <source>il y a %1 min</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="135"/>
        <source>il y a %1 h</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="145"/>
        <source>dépassée</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="147"/>
        <source>dans %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="149"/>
        <source>dans %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <location filename="../tickets/labels.py" line="150"/>
        <source>dans %1 j</source>
        <translation>in %1 d</translation>
    </message>
</context>
<context>
    <name>workspaces</name>
    <message>
        <location filename="../ui/workspaces.py" line="72"/>
        <source>L&apos;espace des tickets n&apos;est pas disponible ici.</source>
        <translation>The tickets workspace is not available here.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces.py" line="80"/>
        <source>La fiche client n&apos;est pas disponible ici.</source>
        <translation>The customer record is not available here.</translation>
    </message>
    <message>
        <location filename="../ui/workspaces.py" line="88"/>
        <source>L&apos;administration n&apos;est pas disponible ici.</source>
        <translation>Administration is not available here.</translation>
    </message>
</context>
</TS>
