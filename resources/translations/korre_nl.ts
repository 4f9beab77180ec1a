<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/about.py" line="97"/>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/about.py" line="105"/>
        <source>Database on the server</source>
        <translation>Database op de server</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/about.py" line="108"/>
        <source>(no database open)</source>
        <translation>(geen database geopend)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/about.py" line="130"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/about.py" line="138"/>
        <source>Signed in to the server as %1.</source>
        <translation>Aangemeld op de server als %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/about.py" line="144"/>
        <source>One local user: this PC&apos;s account %1. The database file has no logins of its own; the office PC&apos;s own sign-in protects it.</source>
        <translation>Eén lokale gebruiker: het account %1 van deze pc. Het databasebestand heeft geen eigen aanmeldingen; de aanmelding van de kantoor-pc zelf beschermt het.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/about.py" line="154"/>
        <source>The database file is encrypted (SQLCipher), and so are its backups.</source>
        <translation>Het databasebestand is versleuteld (SQLCipher), en de back-ups ook.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/about.py" line="155"/>
        <source>The database file is not encrypted (korre-desktop encrypt).</source>
        <translation>Het databasebestand is niet versleuteld (korre-desktop encrypt).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/about.py" line="177"/>
        <source>The folder %1 does not exist (yet).</source>
        <translation>De map %1 bestaat (nog) niet.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/about.py" line="181"/>
        <source>The folder %1 could not be opened.</source>
        <translation>De map %1 kon niet worden geopend.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/about.py" line="182"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="6"/>
        <source>About Korre Desktop</source>
        <translation>Over Korre Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="15"/>
        <source>App icon</source>
        <translation>App-pictogram</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="36"/>
        <source>Records of the social-media protocol and media consent for the schools of Stichting de Korre.</source>
        <translation>Registratie van het protocol sociale media en de mediatoestemming voor de scholen van Stichting de Korre.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="49"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="58"/>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="63"/>
        <source>Open &amp;folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="64"/>
        <source>Open the database&apos;s folder</source>
        <translation>De map van de database openen</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="72"/>
        <source>User:</source>
        <translation>Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="84"/>
        <source>&amp;Log folder:</source>
        <translation>&amp;Logmap:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="93"/>
        <source>Log folder</source>
        <translation>Logmap</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="98"/>
        <source>Open f&amp;older</source>
        <translation>Ma&amp;p openen</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="99"/>
        <source>Open the log folder</source>
        <translation>De logmap openen</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="107"/>
        <source>&amp;Versions:</source>
        <translation>&amp;Versies:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="114"/>
        <source>Versions of Python, Qt and PySide6</source>
        <translation>Versies van Python, Qt en PySide6</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="121"/>
        <source>L&amp;ibraries and their licences:</source>
        <translation>&amp;Bibliotheken en hun licenties:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.ui" line="131"/>
        <source>Libraries and their licences</source>
        <translation>Bibliotheken en hun licenties</translation>
    </message>
</context>
<context>
    <name>AccessLogActions</name>
    <message>
        <location filename="../../korre_desktop/gui/access_log_actions.py" line="34"/>
        <source>C&amp;hange log…</source>
        <translation>&amp;Wijzigingslog…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_log_actions.py" line="36"/>
        <source>Every change made to the records: who, when, before and after</source>
        <translation>Elke wijziging in de gegevens: wie, wanneer, ervoor en erna</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_log_actions.py" line="42"/>
        <source>Access &amp;log…</source>
        <translation>Toegangs&amp;log…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_log_actions.py" line="44"/>
        <source>Who printed, exported, opened or searched personal data, and when</source>
        <translation>Wie persoonsgegevens afdrukte, exporteerde, opende of zocht, en wanneer</translation>
    </message>
</context>
<context>
    <name>AccessLogDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="28"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="29"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="30"/>
        <source>Details opened</source>
        <translation>Gegevens geopend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="31"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="37"/>
        <source>No-photo list</source>
        <translation>Lijst &apos;geen foto&apos;</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="38"/>
        <source>Worklists</source>
        <translation>Werklijsten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="39"/>
        <source>Consent forms</source>
        <translation>Toestemmingsformulieren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="40"/>
        <source>Protocol forms</source>
        <translation>Protocolformulieren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="41"/>
        <source>Excel overview</source>
        <translation>Overzicht in Excel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="42"/>
        <source>Status export (CSV)</source>
        <translation>Statusexport (CSV)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="43"/>
        <source>A person&apos;s details</source>
        <translation>Gegevens van een persoon</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="44"/>
        <source>A stored scan or document</source>
        <translation>Een bewaarde scan of document</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="45"/>
        <source>Access request</source>
        <translation>Inzageverzoek</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="47"/>
        <source>Employees tab</source>
        <translation>Tab Medewerkers</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="48"/>
        <source>Students tab</source>
        <translation>Tab Leerlingen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="49"/>
        <source>Protocol tab</source>
        <translation>Tab Protocol</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="50"/>
        <source>Media consent tab</source>
        <translation>Tab Mediatoestemming</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="51"/>
        <source>Worklists tab</source>
        <translation>Tab Werklijsten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="52"/>
        <source>Authorisations tab</source>
        <translation>Tab Bevoegdheden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="59"/>
        <source>student</source>
        <translation>leerling</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="60"/>
        <source>employee</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="102"/>
        <source>Every print, export, opened person&apos;s details and search that showed personal data, newest first. Entries are kept for %1 days (Settings), then removed; nobody can change them.</source>
        <translation>Elke afdruk, export, geopende persoonsgegevens en zoekopdracht die persoonsgegevens toonde, de nieuwste eerst. Regels worden %1 dagen bewaard (Instellingen) en daarna verwijderd; niemand kan ze wijzigen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="108"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="111"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="121"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="125"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="126"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="127"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="128"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="130"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="136"/>
        <source>Which</source>
        <translation>Welke</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/access_log_dialog.py" line="165"/>
        <source>Export the access log</source>
        <translation>Toegangslog exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/access_log_dialog.ui" line="6"/>
        <location filename="../../ui/access_log_dialog.ui" line="59"/>
        <source>Access log</source>
        <translation>Toegangslog</translation>
    </message>
    <message>
        <location filename="../../ui/access_log_dialog.ui" line="18"/>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <location filename="../../ui/access_log_dialog.ui" line="30"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../ui/access_log_dialog.ui" line="41"/>
        <source>&amp;Action:</source>
        <translation>&amp;Handeling:</translation>
    </message>
    <message>
        <location filename="../../ui/access_log_dialog.ui" line="78"/>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xporteren naar CSV…</translation>
    </message>
</context>
<context>
    <name>AccessRequestActions</name>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="40"/>
        <source>Access re&amp;quest…</source>
        <translation>In&amp;zageverzoek…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="43"/>
        <source>Everything kept about the selected person in one ZIP file: a PDF, the same data as JSON and the evidence (AVG article 15)</source>
        <translation>Alles wat over de geselecteerde persoon bewaard wordt in één zipbestand: een pdf, dezelfde gegevens als JSON en de bewijsstukken (AVG artikel 15)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="70"/>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="104"/>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="146"/>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="161"/>
        <source>Access request</source>
        <translation>Inzageverzoek</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="72"/>
        <source>ZIP files (*.zip)</source>
        <translation>Zipbestanden (*.zip)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="98"/>
        <source>Collecting everything kept about this person…</source>
        <translation>Alles verzamelen wat over deze persoon bewaard wordt…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="99"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="135"/>
        <source>The access request for %1 was saved in %2: a PDF to read, the same data as JSON and the evidence files (%3). The export was recorded in the access log.</source>
        <translation>Het inzageverzoek voor %1 is opgeslagen in %2: een pdf om te lezen, dezelfde gegevens als JSON en de bewijsstukken (%3). De export staat in het toegangslog.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="143"/>
        <source>Access request saved: %1</source>
        <translation>Inzageverzoek opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="153"/>
        <source>Cancelled: the access request was not saved.</source>
        <translation>Geannuleerd: het inzageverzoek is niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="160"/>
        <source>This person is no longer in the records.</source>
        <translation>Deze persoon staat niet meer in de gegevens.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="168"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="170"/>
        <source>%1 is a folder. Choose a file name.</source>
        <translation>%1 is een map. Kies een bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="172"/>
        <source>%1 is not a file (a device or a pipe). Choose another name.</source>
        <translation>%1 is geen bestand (maar een apparaat of een pipe). Kies een andere naam.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/access_request_actions.py" line="174"/>
        <source>%1 cannot be written. Choose another folder.</source>
        <translation>%1 kan niet worden geschreven. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/account_dialog.py" line="58"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/account_dialog.py" line="68"/>
        <source>Edit account</source>
        <translation>Account wijzigen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/account_dialog.py" line="79"/>
        <source>Another platform or owner is another account: end this one and add it.</source>
        <translation>Een ander platform of een andere eigenaar is een ander account: beëindig dit account en voeg het andere toe.</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="6"/>
        <source>New account</source>
        <translation>Nieuw account</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="19"/>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="41"/>
        <source>&amp;Name or handle:</source>
        <translation>&amp;Naam of handle:</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="50"/>
        <source>For example @obsdelinde or Ouders groep 5</source>
        <translation>Bijvoorbeeld @obsdelinde of Ouders groep 5</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="63"/>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="74"/>
        <source>Belongs &amp;to:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="96"/>
        <source>&amp;Created on:</source>
        <translation>&amp;Aangemaakt op:</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="119"/>
        <source>Permission &amp;from:</source>
        <translation>&amp;Toestemming van:</translation>
    </message>
    <message>
        <location filename="../../ui/account_dialog.ui" line="141"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/accounts_dialog.py" line="76"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/accounts_dialog.py" line="77"/>
        <source>Name or handle</source>
        <translation>Naam/handle</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/accounts_dialog.py" line="78"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/accounts_dialog.py" line="79"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/accounts_dialog.py" line="81"/>
        <source>Created on</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/accounts_dialog.py" line="86"/>
        <source>Permission from</source>
        <translation>Toestemming van</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/accounts_dialog.py" line="87"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/accounts_dialog.py" line="90"/>
        <source>Ended on</source>
        <translation>Beëindigd op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/accounts_dialog.py" line="95"/>
        <source>Authorised today</source>
        <translation>Bevoegd vandaag</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/accounts_dialog.py" line="100"/>
        <source>Nobody may post for this account: grant someone the authorisation.</source>
        <translation>Niemand mag voor dit account posten: geef iemand de bevoegdheid.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.ui" line="6"/>
        <source>Social-media accounts</source>
        <translation>Accounts op sociale media</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.ui" line="12"/>
        <source>The foundation&apos;s and the schools&apos; accounts, groups and networks. Only people authorised by management may post for them.</source>
        <translation>De accounts, groepen en netwerken van de stichting en de scholen. Alleen wie door de directie bevoegd is, mag ervoor posten.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.ui" line="18"/>
        <source>&amp;Include ended</source>
        <translation>&amp;Ook beëindigde</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.ui" line="25"/>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.ui" line="45"/>
        <source>&amp;New account…</source>
        <translation>&amp;Nieuw account…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.ui" line="50"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.ui" line="55"/>
        <source>En&amp;d…</source>
        <translation>&amp;Beëindigen…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.ui" line="60"/>
        <source>&amp;Grant authorisation…</source>
        <translation>Bevoegdheid ge&amp;ven…</translation>
    </message>
</context>
<context>
    <name>AnswerGrid</name>
    <message>
        <location filename="../../korre_desktop/gui/widgets/answer_grid.py" line="53"/>
        <source>Answers per medium and channel</source>
        <translation>Antwoorden per medium en kanaal</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/answer_grid.py" line="174"/>
        <source>Not on this form version</source>
        <translation>Staat niet op deze formulierversie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/answer_grid.py" line="179"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/answer_grid.py" line="182"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>AuthorisationActions</name>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_actions.py" line="42"/>
        <source>&amp;Accounts…</source>
        <translation>&amp;Accounts…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_actions.py" line="44"/>
        <source>The social-media accounts of the foundation and the schools</source>
        <translation>De accounts op sociale media van de stichting en de scholen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_actions.py" line="46"/>
        <source>&amp;Grant authorisation…</source>
        <translation>Bevoegdheid ge&amp;ven…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_actions.py" line="47"/>
        <source>Who may post on social media for which account</source>
        <translation>Wie voor welk account op sociale media mag posten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_actions.py" line="48"/>
        <source>&amp;Withdraw authorisation…</source>
        <translation>Bevoegdheid intrekke&amp;n…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_actions.py" line="49"/>
        <source>The authorisation ends on a date; it stays on record</source>
        <translation>De bevoegdheid stopt op een datum; ze blijft bewaard</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_actions.py" line="50"/>
        <source>View evi&amp;dence</source>
        <translation>Bewijs bekij&amp;ken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_actions.py" line="113"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
</context>
<context>
    <name>AuthorisationDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_dialog.py" line="57"/>
        <source>Choose a member of management</source>
        <translation>Kies iemand van de directie</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="6"/>
        <source>Grant authorisation</source>
        <translation>Bevoegdheid geven</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="10"/>
        <source>Who may post on social media for the foundation or a school, or create an account, group or network for it (protocol 2.1 and 2.4). Management grants it.</source>
        <translation>Wie namens de stichting of een school op sociale media mag communiceren, of er een account, groep of netwerk voor mag aanmaken (protocol 2.1 en 2.4). De directie verleent de bevoegdheid.</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="25"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="43"/>
        <source>For:</source>
        <translation>Voor:</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="51"/>
        <source>One &amp;account:</source>
        <translation>Eén &amp;account:</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="57"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="70"/>
        <source>A &amp;school in general:</source>
        <translation>Een &amp;school in het algemeen:</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="75"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="88"/>
        <source>The foun&amp;dation in general</source>
        <translation>De s&amp;tichting in het algemeen</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="101"/>
        <source>Valid f&amp;rom:</source>
        <translation>Geldig &amp;van:</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="124"/>
        <source>&amp;Until (last day):</source>
        <translation>Tot &amp;en met:</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="141"/>
        <source>empty: until withdrawn</source>
        <translation>leeg: tot de bevoegdheid wordt ingetrokken</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="162"/>
        <source>Granted &amp;by:</source>
        <translation>Verleend &amp;door:</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="185"/>
        <source>&amp;Note:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="194"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Bewijs:</translation>
    </message>
    <message>
        <location filename="../../ui/authorisation_dialog.ui" line="200"/>
        <source>The signed letter or the e-mail in which management grants it: a PDF, a photo or scan, or an e-mail saved as .eml</source>
        <translation>De getekende brief of de e-mail waarin de directie de bevoegdheid verleent: een pdf, een foto of scan, of een e-mail bewaard als .eml</translation>
    </message>
</context>
<context>
    <name>AuthorisationHtml</name>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="45"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="48"/>
        <source>Granted by</source>
        <translation>Verleend door</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="50"/>
        <source>Status on %1</source>
        <translation>Status op %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="55"/>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="57"/>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="127"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="59"/>
        <source>evidence</source>
        <translation>bewijs</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="61"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="70"/>
        <source>Authorisations</source>
        <translation>Bevoegdheden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="82"/>
        <source>To follow up</source>
        <translation>Aandachtspunten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="93"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="94"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="97"/>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="102"/>
        <source>Left on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="114"/>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="117"/>
        <source>Of</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="118"/>
        <source>Created on</source>
        <translation>Aangemaakt op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="120"/>
        <source>Permission from</source>
        <translation>Toestemming van</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="121"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_html.py" line="125"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
</context>
<context>
    <name>AuthorisationMessages</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_messages.py" line="33"/>
        <source>%1 (%2) is not management; press contact is reported to management.</source>
        <translation>%1 (%2) hoort niet bij de directie; perscontact wordt gemeld aan de directie.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_messages.py" line="38"/>
        <source>%1 has no function on record that makes them management; press contact is reported to management.</source>
        <translation>%1 heeft geen functie bij de directie; perscontact wordt gemeld aan de directie.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_messages.py" line="45"/>
        <source>%1 has no function on record that makes them management; only management can give this.</source>
        <translation>%1 heeft geen functie bij de directie; alleen de directie kan dit geven.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_messages.py" line="50"/>
        <source>%1 (%2) is not management; only management can give this.</source>
        <translation>%1 (%2) hoort niet bij de directie; alleen de directie kan dit geven.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_messages.py" line="61"/>
        <source>%1 left on %2 and can no longer grant anything from %3.</source>
        <translation>%1 is vertrokken op %2 en kan vanaf %3 niets meer verlenen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_messages.py" line="65"/>
        <source>%1 left on %2 and cannot be authorised from %3.</source>
        <translation>%1 is vertrokken op %2 en kan vanaf %3 niet bevoegd worden.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_messages.py" line="79"/>
        <source>%1 cannot grant an authorisation to themselves.</source>
        <translation>%1 kan zichzelf geen bevoegdheid verlenen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_messages.py" line="86"/>
        <source>The account %1 ended on %2: choose another account or an earlier start date.</source>
        <translation>Het account %1 is beëindigd op %2: kies een ander account of een eerdere begindatum.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_messages.py" line="95"/>
        <source>The account %1 is already on record.</source>
        <translation>Het account %1 staat er al in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_messages.py" line="99"/>
        <source>This account already ended on %1.</source>
        <translation>Dit account is al beëindigd op %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/authorisation_messages.py" line="103"/>
        <source>This authorisation was already withdrawn on %1.</source>
        <translation>Deze bevoegdheid is al ingetrokken op %1.</translation>
    </message>
</context>
<context>
    <name>AuthorisationWords</name>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="34"/>
        <source>WhatsApp group</source>
        <translation>WhatsApp-groep</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="35"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="41"/>
        <source>Foundation</source>
        <translation>Stichting</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="64"/>
        <source>%1, in general</source>
        <translation>%1, algemeen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="72"/>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="80"/>
        <source>valid</source>
        <translation>geldig</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="81"/>
        <source>not yet valid</source>
        <translation>nog niet geldig</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="82"/>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="83"/>
        <source>withdrawn</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="100"/>
        <source>Accounts without an authorised person</source>
        <translation>Accounts zonder bevoegde</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="103"/>
        <source>Authorised people who left: revoke access</source>
        <translation>Bevoegden die vertrokken zijn: toegang intrekken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="106"/>
        <source>Ending within %1 days</source>
        <translation>Loopt binnen %1 dagen af</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="109"/>
        <source>Authorised without a signed protocol</source>
        <translation>Bevoegd zonder getekend protocol</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="119"/>
        <source>nobody may post for this account</source>
        <translation>niemand bevoegd voor dit account</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="121"/>
        <source>left on %1: revoke access</source>
        <translation>vertrokken op %1: intrekken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="123"/>
        <source>ends on %1</source>
        <translation>loopt af op %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="125"/>
        <source>protocol: %1</source>
        <translation>protocol: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/authorisation_words.py" line="130"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>AuthorisationsTab</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="43"/>
        <source>Valid &amp;on:</source>
        <translation>Geldig &amp;op:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="44"/>
        <source>Search by name, number or account (Ctrl+F)</source>
        <translation>Zoek op naam, nummer of account (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="53"/>
        <source>Authorisations</source>
        <translation>Bevoegdheden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="56"/>
        <source>%1 rows</source>
        <translation>%1 regels</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="78"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="80"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="83"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="84"/>
        <source>For</source>
        <translation>Voor</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="85"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="86"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="88"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="91"/>
        <source>Granted by</source>
        <translation>Verleend door</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="96"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="102"/>
        <source>To follow up</source>
        <translation>Aandachtspunt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="120"/>
        <source>&amp;List:</source>
        <translation>&amp;Lijst:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="124"/>
        <source>Valid on this date</source>
        <translation>Geldig op deze datum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="125"/>
        <source>All, also withdrawn and expired</source>
        <translation>Alle, ook ingetrokken en verlopen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/authorisations.py" line="155"/>
        <source>Select a row to see the authorisation or the account in full.</source>
        <translation>Kies een regel om de bevoegdheid of het account volledig te zien.</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="30"/>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="31"/>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="32"/>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="33"/>
        <source>Removed (retention)</source>
        <translation>Verwijderd (bewaartermijn)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="40"/>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="41"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="42"/>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="43"/>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="44"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="45"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="46"/>
        <source>Class placement</source>
        <translation>Plaatsing in klas</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="47"/>
        <source>Parent/guardian</source>
        <translation>Ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="48"/>
        <source>Student–guardian link</source>
        <translation>Koppeling leerling–ouder</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="49"/>
        <source>Employee&apos;s school</source>
        <translation>School van medewerker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="50"/>
        <source>Class teacher</source>
        <translation>Leerkracht van klas</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="52"/>
        <source>Stored file</source>
        <translation>Bewaard bestand</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="53"/>
        <source>Edited copy of a file</source>
        <translation>Bewerkte kopie van een bestand</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="54"/>
        <source>Protocol version</source>
        <translation>Protocolversie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="55"/>
        <source>Protocol signature</source>
        <translation>Protocolondertekening</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="56"/>
        <source>Consent form version</source>
        <translation>Versie toestemmingsformulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="57"/>
        <source>Consent form item</source>
        <translation>Onderdeel toestemmingsformulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="58"/>
        <source>Consent form channel</source>
        <translation>Kanaal toestemmingsformulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="59"/>
        <source>Consent form</source>
        <translation>Toestemmingsformulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="60"/>
        <source>Trip group</source>
        <translation>Reisgroep</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="61"/>
        <source>Trip group member</source>
        <translation>Lid van reisgroep</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="62"/>
        <source>Form layout</source>
        <translation>Formulierindeling</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="63"/>
        <source>Printed form</source>
        <translation>Afgedrukt formulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="64"/>
        <source>Import column mapping</source>
        <translation>Kolomindeling import</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="65"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="66"/>
        <source>Scan batch</source>
        <translation>Scanpartij</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="67"/>
        <source>Scanned page</source>
        <translation>Gescande pagina</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="68"/>
        <source>Social-media account</source>
        <translation>Social-media-account</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="69"/>
        <source>Authorisation</source>
        <translation>Bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="70"/>
        <source>Authorisation withdrawn</source>
        <translation>Ingetrokken bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="71"/>
        <source>Press report</source>
        <translation>Persmelding</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="72"/>
        <source>Personnel file entry</source>
        <translation>Stuk in personeelsdossier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="73"/>
        <source>Access log</source>
        <translation>Toegangslog</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="74"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="75"/>
        <source>User&apos;s school</source>
        <translation>School van gebruiker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="76"/>
        <source>User&apos;s class</source>
        <translation>Klas van gebruiker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="77"/>
        <source>User&apos;s trip group</source>
        <translation>Reisgroep van gebruiker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="78"/>
        <source>Purge</source>
        <translation>Opschoning</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="132"/>
        <source>Every change made to the records, newest first (at most the newest %1): who, when, and what it was before and after. Nobody can change these entries.</source>
        <translation>Elke wijziging in de gegevens, nieuwste eerst (hooguit de nieuwste %1): wie, wanneer, en wat het ervoor en erna was. Niemand kan deze regels wijzigen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="137"/>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="140"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="151"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="155"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="156"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="158"/>
        <source>Record</source>
        <translation>Gegeven</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="162"/>
        <source>Fields</source>
        <translation>Velden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="167"/>
        <source>Before</source>
        <translation>Ervoor</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="172"/>
        <source>After</source>
        <translation>Erna</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="196"/>
        <source>Export the change log</source>
        <translation>Het wijzigingslog exporteren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_log_dialog.py" line="51"/>
        <location filename="../../ui/change_log_dialog.ui" line="6"/>
        <location filename="../../ui/change_log_dialog.ui" line="59"/>
        <source>Change log</source>
        <translation>Wijzigingslog</translation>
    </message>
    <message>
        <location filename="../../ui/change_log_dialog.ui" line="18"/>
        <source>&amp;From:</source>
        <translation>&amp;Vanaf:</translation>
    </message>
    <message>
        <location filename="../../ui/change_log_dialog.ui" line="30"/>
        <source>&amp;User:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <location filename="../../ui/change_log_dialog.ui" line="41"/>
        <source>&amp;Of:</source>
        <translation>V&amp;an:</translation>
    </message>
    <message>
        <location filename="../../ui/change_log_dialog.ui" line="78"/>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xporteren naar CSV…</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_password.py" line="24"/>
        <source>Type the password.</source>
        <translation>Typ het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_password.py" line="25"/>
        <source>This is not the password you signed in with.</source>
        <translation>Dit is niet het wachtwoord waarmee u bent aangemeld.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_password.py" line="28"/>
        <source>At least %1 characters.</source>
        <translation>Minstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_password.py" line="29"/>
        <source>The new password is the current one: choose another.</source>
        <translation>Het nieuwe wachtwoord is het huidige: kies een ander.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_password.py" line="32"/>
        <source>Not the same as the new password: type it again.</source>
        <translation>Niet hetzelfde als het nieuwe wachtwoord: typ het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_password.py" line="55"/>
        <source>A new password for %1 on the foundation&apos;s server, from the next sign-in on every computer. At least %2 characters.</source>
        <translation>Een nieuw wachtwoord voor %1 op de server van de stichting, vanaf de volgende aanmelding op elke computer. Minstens %2 tekens.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_password.py" line="71"/>
        <source>C&amp;hange</source>
        <translation>&amp;Wijzigen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_password.py" line="72"/>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/change_password.py" line="74"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.ui" line="6"/>
        <source>Change password</source>
        <translation>Wachtwoord wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.ui" line="19"/>
        <source>&amp;Current password:</source>
        <translation>Hui&amp;dig wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.ui" line="25"/>
        <source>Current password</source>
        <translation>Huidig wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.ui" line="39"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nieuw wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.ui" line="45"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.ui" line="59"/>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Herhaal het nieuwe wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.ui" line="65"/>
        <source>Repeat the new password</source>
        <translation>Herhaal het nieuwe wachtwoord</translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="24"/>
        <source>consent statement %1</source>
        <translation>toestemmingsverklaring %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="25"/>
        <source>protocol signature %1</source>
        <translation>protocolhandtekening %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="26"/>
        <source>student %1</source>
        <translation>leerling %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="27"/>
        <source>employee %1</source>
        <translation>medewerker %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="28"/>
        <source>guardian %1</source>
        <translation>ouder/verzorger %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="29"/>
        <source>school %1</source>
        <translation>school %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="30"/>
        <source>class %1</source>
        <translation>klas %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="31"/>
        <source>enrolment %1</source>
        <translation>inschrijving %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="32"/>
        <source>protocol version %1</source>
        <translation>protocolversie %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="33"/>
        <source>consent form version %1</source>
        <translation>versie %1 van het toestemmingsformulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="34"/>
        <source>printed form %1</source>
        <translation>afgedrukt formulier %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="35"/>
        <source>scanned page %1</source>
        <translation>gescande pagina %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="36"/>
        <source>scan batch %1</source>
        <translation>scanronde %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="37"/>
        <source>import %1</source>
        <translation>import %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="38"/>
        <source>history entry %1</source>
        <translation>regel %1 van de geschiedenis</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="39"/>
        <source>setting %1</source>
        <translation>instelling %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="40"/>
        <source>stored file %1</source>
        <translation>opgeslagen bestand %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="44"/>
        <source>the evidence</source>
        <translation>het bewijsstuk</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="45"/>
        <source>the document</source>
        <translation>het document</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="46"/>
        <source>the page image</source>
        <translation>de afbeelding van de pagina</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="47"/>
        <source>the signature image</source>
        <translation>de afbeelding van de handtekening</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="48"/>
        <source>the original of the evidence</source>
        <translation>het origineel van het bewijsstuk</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="56"/>
        <source>row %1 of table %2</source>
        <translation>rij %1 van tabel %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="59"/>
        <source>of student %1</source>
        <translation>van leerling %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="61"/>
        <source>of employee %1</source>
        <translation>van medewerker %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="68"/>
        <source>The database file is damaged: %1</source>
        <translation>Het databasebestand is beschadigd: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="72"/>
        <source>%1 refers to something that is missing (table %2)</source>
        <translation>%1 verwijst naar iets dat ontbreekt (tabel %2)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="78"/>
        <source>%1 is damaged (not used by any record)</source>
        <translation>%1 is beschadigd (door geen enkel gegeven gebruikt)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="81"/>
        <source>%1: %2 is damaged</source>
        <translation>%1: %2 is beschadigd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="86"/>
        <source>%1: damaged data (field %2)</source>
        <translation>%1: beschadigde gegevens (veld %2)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="88"/>
        <source>%1: damaged date (field %2)</source>
        <translation>%1: beschadigde datum (veld %2)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="89"/>
        <source>%1: damaged text (field %2)</source>
        <translation>%1: beschadigde tekst (veld %2)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="95"/>
        <source>Checking every record…</source>
        <translation>Alle gegevens controleren…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="97"/>
        <source>Checking every stored scan and document…</source>
        <translation>Alle opgeslagen scans en documenten controleren…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/check_words.py" line="98"/>
        <source>Checking the database file…</source>
        <translation>Het databasebestand controleren…</translation>
    </message>
</context>
<context>
    <name>ClassDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/class_dialog.py" line="45"/>
        <source>Rename class</source>
        <translation>Klas hernoemen</translation>
    </message>
    <message>
        <location filename="../../ui/class_dialog.ui" line="6"/>
        <source>New class</source>
        <translation>Nieuwe klas</translation>
    </message>
    <message>
        <location filename="../../ui/class_dialog.ui" line="19"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/class_dialog.ui" line="39"/>
        <source>School &amp;year:</source>
        <translation>S&amp;chooljaar:</translation>
    </message>
    <message>
        <location filename="../../ui/class_dialog.ui" line="59"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/class_dialog.ui" line="68"/>
        <source>e.g. Group 5</source>
        <translation>bijv. Groep 5</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="27"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="31"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="35"/>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="39"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>ConfidentialNotice</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/confidential_notice.py" line="16"/>
        <source>Personnel file (confidential)</source>
        <translation>Personeelsdossier (vertrouwelijk)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/confidential_notice.py" line="19"/>
        <source>The personnel file is confidential: only for management and the administrator. Continue?</source>
        <translation>Het personeelsdossier is vertrouwelijk: alleen voor de directie en de beheerder. Doorgaan?</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/confidential_notice.py" line="24"/>
        <source>This version of Korre Desktop has no user roles yet, so it cannot check who is looking. Only continue if you are management or the administrator and nobody else can see the screen.</source>
        <translation>Deze versie van Korre Desktop kent nog geen gebruikersrollen en kan dus niet controleren wie er kijkt. Ga alleen door als u directie of beheerder bent en niemand anders het scherm kan zien.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/confidential_notice.py" line="28"/>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
</context>
<context>
    <name>ConsentEntryDialog</name>
    <message>
        <location filename="../../ui/consent_entry_dialog.ui" line="6"/>
        <source>Enter consent form</source>
        <translation>Formulier invoeren</translation>
    </message>
    <message>
        <location filename="../../ui/consent_entry_dialog.ui" line="17"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_entry_dialog.ui" line="26"/>
        <source>Signed &amp;by:</source>
        <translation>Ondertekend &amp;door:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_entry_dialog.ui" line="38"/>
        <source>Signed &amp;on:</source>
        <translation>Ondertekend &amp;op:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_entry_dialog.ui" line="85"/>
        <source>No&amp;te:</source>
        <translation>No&amp;titie:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_entry_dialog.ui" line="59"/>
        <source>&amp;Form version:</source>
        <translation>&amp;Formulierversie:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_entry_dialog.ui" line="68"/>
        <source>&amp;Answers:</source>
        <translation>&amp;Antwoorden:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_entry_dialog.ui" line="80"/>
        <source>J yes · N no · Space toggles · Delete clears · Shift+J/N whole row · Ctrl+J/N whole column · Ctrl+Shift+J/N everything · Enter saves and starts the next form</source>
        <translation>J ja · N nee · Spatie wisselt · Delete wist · Shift+J/N hele rij · Ctrl+J/N hele kolom · Ctrl+Shift+J/N alles · Enter slaat op en begint het volgende formulier</translation>
    </message>
</context>
<context>
    <name>ConsentFormWords</name>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="22"/>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="65"/>
        <source>Until withdrawn</source>
        <translation>Tot intrekking</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="25"/>
        <source>The school year it is signed in</source>
        <translation>Het schooljaar waarin getekend is</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="27"/>
        <source>A number of years</source>
        <translation>Een aantal jaren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="37"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="62"/>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="64"/>
        <source>School year</source>
        <translation>Schooljaar</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="71"/>
        <source>What it is for, who records:</source>
        <translation>Waarvoor, wie opneemt:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="72"/>
        <source>Where recordings are used:</source>
        <translation>Waar opnames komen:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="73"/>
        <source>What needs no consent:</source>
        <translation>Geen toestemming nodig:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="74"/>
        <source>Later, changing, withdrawing:</source>
        <translation>Later, wijzigen, intrekken:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="75"/>
        <source>Contact (name, e-mail, phone):</source>
        <translation>Contact (naam, e-mail, telefoon):</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="97"/>
        <source>Give the version a label, for example 2027-2028.</source>
        <translation>Geef de versie een naam, bijvoorbeeld 2027-2028.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="100"/>
        <source>There is a version with this label already; choose another.</source>
        <translation>Er is al een versie met deze naam; kies een andere.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="103"/>
        <source>Add at least one channel.</source>
        <translation>Voeg minstens één kanaal toe.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="104"/>
        <source>The code %1 may hold only lower-case letters a-z, digits and _ (no spaces).</source>
        <translation>De code %1 mag alleen kleine letters a-z, cijfers en _ bevatten (geen spaties).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="108"/>
        <source>The code %1 is there twice.</source>
        <translation>De code %1 staat er twee keer in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="109"/>
        <source>The channel with code %1 has no name.</source>
        <translation>Het kanaal met code %1 heeft geen naam.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="112"/>
        <source>The channel %1 asks about nothing: tick a medium or remove it.</source>
        <translation>Het kanaal %1 vraagt nergens naar: vink een medium aan of verwijder het kanaal.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="115"/>
        <source>Tick at least one medium on a channel.</source>
        <translation>Vink bij een kanaal minstens één medium aan.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="116"/>
        <source>A medium is asked twice on a channel.</source>
        <translation>Een medium wordt twee keer gevraagd bij een kanaal.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="117"/>
        <source>A medium is unknown.</source>
        <translation>Een medium is onbekend.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="118"/>
        <source>The item %1 is not a medium on one of the channels.</source>
        <translation>Het onderdeel %1 is geen medium bij een van de kanalen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="121"/>
        <source>This version is in use (statements or printed forms refer to it): its date can no longer change. Make a new version instead.</source>
        <translation>Deze versie is in gebruik (er zijn verklaringen of afgedrukte formulieren op): de datum kan niet meer veranderen. Maak een nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/consent_form_words.py" line="126"/>
        <source>This date does not exist.</source>
        <translation>Deze datum bestaat niet.</translation>
    </message>
</context>
<context>
    <name>ConsentFormsDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="143"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="143"/>
        <source>In effect from</source>
        <translation>Geldt vanaf</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="143"/>
        <source>Validity</source>
        <translation>Geldigheid</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="143"/>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="151"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="151"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="153"/>
        <source>Explanation for parents</source>
        <translation>Uitleg voor ouders</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="201"/>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="331"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="201"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="206"/>
        <source>The version in effect today</source>
        <translation>De versie die vandaag geldt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="240"/>
        <source>In use: statements or printed forms refer to this version, so it can no longer be changed. To change the form, make a new version.</source>
        <translation>In gebruik: er zijn verklaringen of afgedrukte formulieren op deze versie, dus die kan niet meer veranderen. Wilt u het formulier aanpassen, maak dan een nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="245"/>
        <source>Not in use yet: nothing refers to this version. Its effective date can still change; for anything else, make a new version.</source>
        <translation>Nog niet in gebruik: er is nog niets op deze versie vastgelegd. De ingangsdatum kan nog veranderen; maak voor al het andere een nieuwe versie.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="337"/>
        <source>A copied channel keeps its code: it links the answers on earlier versions to this channel.</source>
        <translation>Een overgenomen kanaal houdt zijn code: die verbindt de antwoorden op eerdere versies met dit kanaal.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="351"/>
        <source>Until the next school year starts on %1 (a setting: Manage → Settings).</source>
        <translation>Tot het volgende schooljaar begint op %1 (een instelling: Beheer → Instellingen).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="374"/>
        <source>A new version, copied from version %1. Change what you need, then save it; nothing is saved before that.</source>
        <translation>Een nieuwe versie, overgenomen van versie %1. Pas aan wat nodig is en sla de versie dan op; tot die tijd wordt niets bewaard.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="574"/>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="580"/>
        <source>Making the preview…</source>
        <translation>Voorbeeld maken…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="584"/>
        <source>Preview of consent form version %1</source>
        <translation>Voorbeeld van toestemmingsformulier versie %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/consent_forms.py" line="652"/>
        <source>Saved at %1: version %2</source>
        <translation>Opgeslagen om %1: versie %2</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="6"/>
        <source>Consent forms</source>
        <translation>Toestemmingsformulieren</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="20"/>
        <source>&amp;Versions:</source>
        <translation>&amp;Versies:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="40"/>
        <source>&amp;New version…</source>
        <translation>&amp;Nieuwe versie…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="41"/>
        <source>A new version, starting from a copy of the current one</source>
        <translation>Een nieuwe versie, te beginnen met een kopie van de huidige</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="46"/>
        <source>Prev&amp;iew…</source>
        <translation>Voor&amp;beeld…</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="47"/>
        <source>The printed form of the chosen version</source>
        <translation>Het afgedrukte formulier van de gekozen versie</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="60"/>
        <source>Preview for a student of &amp;16 or older</source>
        <translation>Voorbeeld voor een leerling van &amp;16 of ouder</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="83"/>
        <source>Version &amp;label:</source>
        <translation>Naa&amp;m van de versie:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="105"/>
        <source>In &amp;effect from:</source>
        <translation>&amp;Ingangsdatum:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="122"/>
        <source>Save &amp;date</source>
        <translation>&amp;Datum opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="123"/>
        <source>Change the effective date of this version (only while it is not in use)</source>
        <translation>De ingangsdatum van deze versie wijzigen (alleen zolang die niet in gebruik is)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="144"/>
        <source>Validit&amp;y:</source>
        <translation>&amp;Geldigheid:</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="158"/>
        <source>Number of years</source>
        <translation>Aantal jaren</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="186"/>
        <source>&amp;Channels</source>
        <translation>&amp;Kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="190"/>
        <source>Channels and the media asked on each</source>
        <translation>Kanalen en de media die per kanaal gevraagd worden</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="201"/>
        <source>&amp;Add channel</source>
        <translation>Kanaal &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="206"/>
        <source>&amp;Remove channel</source>
        <translation>Kanaal ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="211"/>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="216"/>
        <source>Move do&amp;wn</source>
        <translation>Oml&amp;aag</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="236"/>
        <source>Texts for &amp;parents</source>
        <translation>Teksten voor &amp;ouders</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="242"/>
        <source>Texts for &amp;students (16+)</source>
        <translation>Teksten voor &amp;leerlingen (16+)</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="259"/>
        <source>Discard c&amp;hanges</source>
        <translation>Wijzigingen ve&amp;rwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/consent_forms_dialog.ui" line="264"/>
        <source>Save the new versi&amp;on</source>
        <translation>Nieuwe versie op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/consent.py" line="81"/>
        <source>Media consent</source>
        <translation>Mediatoestemming</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/consent.py" line="91"/>
        <source>Has &apos;%1&apos;</source>
        <translation>Met ‘%1’</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/consent.py" line="96"/>
        <source>Everything granted</source>
        <translation>Alles toegestaan</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/consent.py" line="98"/>
        <source>Turned 16: ask the student</source>
        <translation>16 geworden: leerling zelf vragen</translation>
    </message>
</context>
<context>
    <name>CorrespondenceActions</name>
    <message>
        <location filename="../../korre_desktop/gui/correspondence_actions.py" line="28"/>
        <source>&amp;Press reports…</source>
        <translation>&amp;Persmeldingen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/correspondence_actions.py" line="30"/>
        <source>Press contact after a social-media message, reported to management</source>
        <translation>Perscontact na een bericht op sociale media, gemeld aan de directie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/correspondence_actions.py" line="32"/>
        <source>Personnel &amp;file (confidential)…</source>
        <translation>Personeels&amp;dossier (vertrouwelijk)…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/correspondence_actions.py" line="34"/>
        <source>Correspondence about breaches of the protocol; for management only</source>
        <translation>Correspondentie over overtredingen van het protocol; alleen voor de directie</translation>
    </message>
</context>
<context>
    <name>CorrespondenceMessages</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/correspondence_messages.py" line="19"/>
        <source>%1 was approached by the press: report it to someone else of management.</source>
        <translation>%1 is zelf door de pers benaderd: meld het aan iemand anders van de directie.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/correspondence_messages.py" line="25"/>
        <source>The employee works at several schools (%1): choose the school the report is about.</source>
        <translation>De medewerker werkt op meer scholen (%1): kies de school waar de melding over gaat.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/correspondence_messages.py" line="30"/>
        <source>This entry is in the personnel file of %1: a correction belongs in the same file.</source>
        <translation>Dit stuk staat in het personeelsdossier van %1: een correctie hoort in hetzelfde dossier.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/correspondence_messages.py" line="35"/>
        <source>This entry was already corrected by %1: correct that one instead.</source>
        <translation>Dit stuk is al gecorrigeerd door %1: corrigeer dat stuk.</translation>
    </message>
</context>
<context>
    <name>CorrespondenceWords</name>
    <message>
        <location filename="../../korre_desktop/gui/correspondence_words.py" line="23"/>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/correspondence_words.py" line="24"/>
        <source>sent</source>
        <translation>verstuurd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/correspondence_words.py" line="38"/>
        <source>correction of %1</source>
        <translation>correctie van %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/correspondence_words.py" line="44"/>
        <source>corrected by %1</source>
        <translation>gecorrigeerd door %1</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../korre_desktop/gui/widgets/date_field.py" line="42"/>
        <source>%1 does not exist.</source>
        <translation>%1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/date_field.py" line="46"/>
        <source>Type the date as dd-mm-yyyy, for example %1.</source>
        <translation>Typ de datum als dd-mm-jjjj, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/date_field.py" line="52"/>
        <source>Fill in the date.</source>
        <translation>Vul de datum in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/date_field.py" line="85"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/date_field.py" line="86"/>
        <source>Choose a date</source>
        <translation>Kies een datum</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../korre_desktop/gui/html_parts.py" line="38"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="88"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="434"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="94"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="434"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="99"/>
        <source>blank</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="151"/>
        <source>no parental authority: does not count</source>
        <translation>geen ouderlijk gezag: telt niet mee</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="129"/>
        <source>withdrawal</source>
        <translation>intrekking</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="130"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="131"/>
        <source>demo data</source>
        <translation>demogegevens</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="132"/>
        <source>scanned form</source>
        <translation>gescand formulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="133"/>
        <source>paper form</source>
        <translation>papieren formulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="154"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="415"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="155"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="156"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="107"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="108"/>
        <source>view the scan</source>
        <translation>scan bekijken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="143"/>
        <source>on record (not shown for your role)</source>
        <translation>aanwezig (niet zichtbaar voor uw rol)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="158"/>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="163"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="417"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="179"/>
        <source>(internal number)</source>
        <translation>(intern nummer)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="188"/>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="192"/>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="210"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="395"/>
        <source>Student number</source>
        <translation>Leerlingnummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="211"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="212"/>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="214"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="403"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="217"/>
        <source>(%1 years)</source>
        <translation>(%1 jaar)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="220"/>
        <source>unknown: counts as younger than 16</source>
        <translation>onbekend: telt als jonger dan 16</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="225"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="243"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="405"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="407"/>
        <source>Left on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="228"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="396"/>
        <source>Staff number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="229"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="408"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="231"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="409"/>
        <source>Employment</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="234"/>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="236"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="406"/>
        <source>Started</source>
        <translation>In dienst</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="239"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="245"/>
        <source>no version in effect</source>
        <translation>geen versie van kracht</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="248"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="250"/>
        <source>(version %1)</source>
        <translation>(versie %1)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="256"/>
        <source>Media consent on %1</source>
        <translation>Mediatoestemming op %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="261"/>
        <source>Turned 16: ask the student for their own consent.</source>
        <translation>16 geworden: vraag de leerling om eigen toestemming.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="268"/>
        <source>Guardians</source>
        <translation>Ouders/verzorgers</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="273"/>
        <source>no parental authority</source>
        <translation>geen ouderlijk gezag</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="280"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="290"/>
        <source>Teacher of</source>
        <translation>Leerkracht van</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="300"/>
        <source>Protocol signatures</source>
        <translation>Ondertekende protocollen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="308"/>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="311"/>
        <source>entered by %1</source>
        <translation>ingevoerd door %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="324"/>
        <source>None on record.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="328"/>
        <source>Consent history (newest first)</source>
        <translation>Geschiedenis toestemming (nieuwste eerst)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="332"/>
        <source>No consent form on record.</source>
        <translation>Geen toestemmingsformulier vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="335"/>
        <source>Changes to the record (newest first)</source>
        <translation>Wijzigingen in het dossier (nieuwste eerst)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="355"/>
        <source>Record created</source>
        <translation>Dossier aangemaakt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="357"/>
        <source>Record changed</source>
        <translation>Gegevens gewijzigd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="361"/>
        <source>Authorisation granted: %1</source>
        <translation>Bevoegdheid gegeven: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="363"/>
        <source>Authorisation withdrawn: %1</source>
        <translation>Bevoegdheid ingetrokken: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="368"/>
        <source>Consent withdrawn (%1)</source>
        <translation>Toestemming ingetrokken (%1)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="370"/>
        <source>Consent form entered (%1)</source>
        <translation>Toestemmingsformulier ingevoerd (%1)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="374"/>
        <source>Placed in class %1</source>
        <translation>In klas %1 geplaatst</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="375"/>
        <source>Class %1 changed</source>
        <translation>Klas %1 gewijzigd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="376"/>
        <source>Guardian %1 added</source>
        <translation>Ouder/verzorger %1 toegevoegd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="377"/>
        <source>Details of guardian %1 changed</source>
        <translation>Gegevens van ouder/verzorger %1 gewijzigd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="378"/>
        <source>Guardian %1 linked</source>
        <translation>Ouder/verzorger %1 gekoppeld</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="379"/>
        <source>Link with guardian %1 changed</source>
        <translation>Koppeling met ouder/verzorger %1 gewijzigd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="380"/>
        <source>Guardian %1 unlinked</source>
        <translation>Ouder/verzorger %1 ontkoppeld</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="381"/>
        <source>Works at %1</source>
        <translation>Werkt op %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="382"/>
        <source>No longer works at %1</source>
        <translation>Werkt niet meer op %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="383"/>
        <source>Teacher of %1</source>
        <translation>Leerkracht van %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="384"/>
        <source>No longer teacher of %1</source>
        <translation>Niet meer leerkracht van %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="385"/>
        <source>Protocol signed (version %1)</source>
        <translation>Protocol getekend (versie %1)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="386"/>
        <source>Changed: %1</source>
        <translation>Gewijzigd: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="393"/>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="393"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="397"/>
        <source>First name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="398"/>
        <source>Infix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="399"/>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="400"/>
        <source>Partner&apos;s infix</source>
        <translation>Tussenvoegsel partner</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="401"/>
        <source>Partner&apos;s surname</source>
        <translation>Achternaam partner</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="402"/>
        <source>Name in use</source>
        <translation>Naamgebruik</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="404"/>
        <source>Enrolled on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="410"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="411"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="412"/>
        <source>Relation</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="413"/>
        <source>Parental authority</source>
        <translation>Gezag</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="414"/>
        <source>Signed on</source>
        <translation>Getekend op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="416"/>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="418"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="419"/>
        <source>Valid from</source>
        <translation>Geldig van</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="420"/>
        <source>Until (last day)</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="421"/>
        <source>Granted by</source>
        <translation>Verleend door</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="422"/>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="446"/>
        <source>%1 yes, %2 no, %3 blank</source>
        <translation>%1 ja, %2 nee, %3 leeg</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="469"/>
        <source>by %1</source>
        <translation>door %1</translation>
    </message>
</context>
<context>
    <name>DisableNotice</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="67"/>
        <source>Disable user</source>
        <translation>Gebruiker uitschakelen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="68"/>
        <source>Disable the user %1?</source>
        <translation>Gebruiker %1 uitschakelen?</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="71"/>
        <source>%1 can then no longer sign in. Everything they did stays in the history and the change log.</source>
        <translation>%1 kan dan niet meer inloggen. Alles wat %1 deed, blijft in de geschiedenis en het wijzigingslog.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="75"/>
        <source>&amp;Disable</source>
        <translation>&amp;Uitschakelen</translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <location filename="../../korre_desktop/gui/widgets/document_field.py" line="45"/>
        <source>photo or scan</source>
        <translation>foto of scan</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/document_field.py" line="47"/>
        <source>straightened</source>
        <translation>rechtgezet</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/document_field.py" line="51"/>
        <source>PDF, %1 pages</source>
        <translation>pdf, %1 pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/document_field.py" line="55"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/document_field.py" line="78"/>
        <source>Choose &amp;file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/document_field.py" line="79"/>
        <source>Re&amp;move</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/document_field.py" line="128"/>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/document_field.py" line="130"/>
        <source>None: choose a file or drop it here</source>
        <translation>Geen: kies een bestand of sleep het hierheen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/document_field.py" line="147"/>
        <source>Choose the letter or e-mail</source>
        <translation>Kies de brief of de e-mail</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/document_field.py" line="148"/>
        <source>Letters and e-mails</source>
        <translation>Brieven en e-mails</translation>
    </message>
</context>
<context>
    <name>DocumentRecordDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/document_dialog.py" line="28"/>
        <source>One moment: the file is still being read.</source>
        <translation>Een moment: het bestand wordt nog gelezen.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/document_viewer.py" line="56"/>
        <source>Page </source>
        <translation>Pagina </translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/document_viewer.py" line="57"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/document_viewer.py" line="58"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/document_viewer.py" line="61"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <location filename="../../korre_desktop/gui/document_words.py" line="26"/>
        <source>This file is not an e-mail that Korre Desktop can show (an .eml file or an Outlook .msg file).</source>
        <translation>Dit bestand is geen e-mail die Korre Desktop kan tonen (een .eml-bestand of een Outlook-bestand .msg).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/document_words.py" line="31"/>
        <source>The e-mail is damaged or incomplete and cannot be shown. Save it and try to open it in an e-mail program.</source>
        <translation>De e-mail is beschadigd of onvolledig en kan niet worden getoond. Sla hem op en probeer hem te openen in een e-mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/document_words.py" line="37"/>
        <source>This kind of file cannot be kept: use a PDF, an image (a scan or a photo) or a saved e-mail.</source>
        <translation>Dit soort bestand kan niet worden bewaard: gebruik een pdf, een afbeelding (een scan of een foto) of een opgeslagen e-mail.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/document_words.py" line="42"/>
        <source>The file is named .eml, but it is not an e-mail.</source>
        <translation>Het bestand heet .eml, maar is geen e-mail.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/document_words.py" line="45"/>
        <source>The file is named .msg, but it is not an Outlook e-mail.</source>
        <translation>Het bestand heet .msg, maar is geen Outlook-e-mail.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/document_words.py" line="48"/>
        <source>An Outlook e-mail (.msg) cannot be kept here: save it as .eml or as a PDF first.</source>
        <translation>Een Outlook-e-mail (.msg) kan hier niet worden bewaard: sla hem eerst op als .eml of als pdf.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/document_words.py" line="52"/>
        <source>The file is not what its name says (for example a text file named .pdf).</source>
        <translation>Het bestand is niet wat de naam zegt (bijvoorbeeld een tekstbestand met de naam .pdf).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/document_words.py" line="62"/>
        <source>The e-mail is too large to show here (%1; at most %2). Save it and open it in an e-mail program.</source>
        <translation>De e-mail is te groot om hier te tonen (%1; hooguit %2). Sla hem op en open hem in een e-mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/document_words.py" line="80"/>
        <source>Korre Desktop cannot show this kind of file: only PDFs, images and e-mails.</source>
        <translation>Korre Desktop kan dit soort bestand niet tonen: alleen pdf&apos;s, afbeeldingen en e-mails.</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="81"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="86"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="90"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="91"/>
        <source>Direction</source>
        <translation>Richting</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="92"/>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="157"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="93"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="95"/>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="99"/>
        <source>Corrected: the later entry counts.</source>
        <translation>Gecorrigeerd: het latere stuk telt.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="115"/>
        <source>Choose an employee to see their personnel file.</source>
        <translation>Kies een medewerker om het personeelsdossier te zien.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="117"/>
        <source>Nothing in the personnel file of %1.</source>
        <translation>Er staat niets in het personeelsdossier van %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_dialog.py" line="133"/>
        <source>Corrections form one line: correct the latest correction.</source>
        <translation>Correcties volgen elkaar op: corrigeer de laatste correctie.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="6"/>
        <source>Personnel file (confidential)</source>
        <translation>Personeelsdossier (vertrouwelijk)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="10"/>
        <source>Confidential: only for management and the administrator. Correspondence about breaches of the social-media protocol; entries are kept as entered, a mistake is fixed with a correction.</source>
        <translation>Vertrouwelijk: alleen voor de directie en de beheerder. Correspondentie over overtredingen van het protocol sociale media; stukken blijven zoals ze zijn ingevoerd, een vergissing herstelt u met een correctie.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="20"/>
        <source>&amp;Employee:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="33"/>
        <source>Personnel file</source>
        <translation>Personeelsdossier</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="54"/>
        <source>&amp;New document…</source>
        <translation>&amp;Nieuw stuk toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="59"/>
        <source>Add &amp;correction…</source>
        <translation>&amp;Correctie toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="64"/>
        <source>&amp;View document</source>
        <translation>Document &amp;bekijken</translation>
    </message>
</context>
<context>
    <name>DossierEntryDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_entry_dialog.py" line="65"/>
        <location filename="../../ui/dossier_entry_dialog.ui" line="6"/>
        <source>Add to the personnel file</source>
        <translation>Stuk toevoegen aan het personeelsdossier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_entry_dialog.py" line="68"/>
        <source>A letter or e-mail about a breach of the social-media protocol, received or sent. It is kept as entered: a mistake is fixed later with a correction.</source>
        <translation>Een brief of e-mail over een overtreding van het protocol sociale media, ontvangen of verstuurd. Het stuk blijft zoals het is ingevoerd: een vergissing herstelt u later met een correctie.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_entry_dialog.py" line="79"/>
        <source>Correction of %1</source>
        <translation>Correctie van %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_entry_dialog.py" line="82"/>
        <source>Entry %1 stays as it is; this correction is added beside it and the list marks both. Put right what was wrong.</source>
        <translation>Stuk %1 blijft zoals het is; deze correctie komt ernaast en de lijst markeert ze allebei. Verbeter wat er niet klopte.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/dossier_entry_dialog.py" line="89"/>
        <source>What was wrong, for example: the wrong date</source>
        <translation>Wat er niet klopte, bijvoorbeeld: de verkeerde datum</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="25"/>
        <source>Employee:</source>
        <translation>Medewerker:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="47"/>
        <source>Correction of:</source>
        <translation>Correctie van:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="70"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="93"/>
        <source>&amp;Subject:</source>
        <translation>Onde&amp;rwerp:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="102"/>
        <source>For example: invitation to talk about a post on Instagram</source>
        <translation>Bijvoorbeeld: uitnodiging voor een gesprek over een bericht op Instagram</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="115"/>
        <source>Direction:</source>
        <translation>Richting:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="125"/>
        <source>&amp;Received</source>
        <translation>&amp;Ontvangen</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="130"/>
        <source>S&amp;ent</source>
        <translation>&amp;Verstuurd</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="150"/>
        <source>D&amp;ocument:</source>
        <translation>Docu&amp;ment:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="159"/>
        <source>The letter or e-mail: a PDF, a photo or scan, or an e-mail (.eml or Outlook .msg)</source>
        <translation>De brief of e-mail: een pdf, een foto of scan, of een e-mail (.eml of Outlook .msg)</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="164"/>
        <source>A correction may leave it empty: then it only corrects the date, subject or direction.</source>
        <translation>Bij een correctie mag dit leeg blijven: dan verbetert ze alleen de datum, het onderwerp of de richting.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_entry_dialog.ui" line="179"/>
        <source>&amp;Note:</source>
        <translation>O&amp;pmerking:</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/employee_dialog.py" line="55"/>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/employee_dialog.py" line="62"/>
        <source>Edit employee</source>
        <translation>Medewerker wijzigen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/employee_dialog.py" line="111"/>
        <source>Shown as: %1</source>
        <translation>Zo getoond: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/employee_dialog.py" line="119"/>
        <source>empty: the app gives an internal number</source>
        <translation>leeg: de app geeft een intern nummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/employee_dialog.py" line="122"/>
        <source>Internal number given by the app</source>
        <translation>Intern nummer, gegeven door de app</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="6"/>
        <source>New employee</source>
        <translation>Nieuwe medewerker</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="19"/>
        <source>Staff &amp;number:</source>
        <translation>&amp;Personeelsnummer:</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="42"/>
        <source>&amp;First name:</source>
        <translation>&amp;Roepnaam:</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="63"/>
        <source>&amp;Infix:</source>
        <translation>&amp;Tussenvoegsel:</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="75"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="96"/>
        <source>&amp;Partner&apos;s surname:</source>
        <translation>&amp;Geboortenaam partner:</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="109"/>
        <source>infix</source>
        <translation>tussenv.</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="114"/>
        <source>surname (when used)</source>
        <translation>achternaam (als die gebruikt wordt)</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="129"/>
        <source>N&amp;ame in use:</source>
        <translation>&amp;Naamgebruik:</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="149"/>
        <source>F&amp;unction:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="155"/>
        <source>e.g. Teacher</source>
        <translation>bijv. Leerkracht</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="160"/>
        <source>&amp;Employment:</source>
        <translation>&amp;Dienstverband:</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="180"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="201"/>
        <source>&amp;Schools:</source>
        <translation>&amp;Scholen:</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="224"/>
        <source>S&amp;tart date:</source>
        <translation>&amp;In dienst per:</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="235"/>
        <source>Leave empty when the start date is not known.</source>
        <translation>Laat leeg als de datum in dienst niet bekend is.</translation>
    </message>
    <message>
        <location filename="../../ui/employee_dialog.ui" line="248"/>
        <source>En&amp;d date:</source>
        <translation>&amp;Uit dienst per:</translation>
    </message>
</context>
<context>
    <name>EmployeesTab</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="28"/>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="31"/>
        <source>%1 employees</source>
        <translation>%1 medewerkers</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="34"/>
        <source>Emplo&amp;yment:</source>
        <translation>Die&amp;nstverband:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="38"/>
        <source>Staff number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="40"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="42"/>
        <source>Employment</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="44"/>
        <source>School(s)</source>
        <translation>School/scholen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="45"/>
        <source>Started</source>
        <translation>In dienst</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="46"/>
        <source>Left</source>
        <translation>Uit dienst</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="47"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
</context>
<context>
    <name>EndAccountDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/end_dialogs.py" line="48"/>
        <source>End account</source>
        <translation>Account beëindigen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/end_dialogs.py" line="50"/>
        <source>%1 is no longer in use from this date. The account and its authorisations stay on record.</source>
        <translation>%1 is vanaf deze datum niet meer in gebruik. Het account en de bevoegdheden ervoor blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/end_dialogs.py" line="52"/>
        <source>&amp;End</source>
        <translation>&amp;Beëindigen</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <location filename="../../ui/end_dialog.ui" line="25"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/end_dialog.ui" line="48"/>
        <source>&amp;Note:</source>
        <translation>&amp;Opmerking:</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="128"/>
        <source>Save and &amp;next</source>
        <translation>Opslaan en vol&amp;gende</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="197"/>
        <source>Saved at %1: %2</source>
        <translation>Opgeslagen om %1: %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="211"/>
        <source>%1 items have no answer; they are saved as blank, which never counts as consent. Press %2 again to save anyway.</source>
        <translation>%1 onderdelen hebben geen antwoord; ze worden opgeslagen als leeg, en dat telt nooit als toestemming. Druk nogmaals op %2 om toch op te slaan.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="226"/>
        <source>Choose the person first.</source>
        <translation>Kies eerst de persoon.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="254"/>
        <source>One moment: the evidence is still being processed.</source>
        <translation>Even wachten: het bewijs wordt nog verwerkt.</translation>
    </message>
</context>
<context>
    <name>EntryErrors</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="32"/>
        <source>This form belongs to %1, not to %2.</source>
        <translation>Dit formulier is van %1, niet van %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="38"/>
        <source>This form is to be signed by %1, not by %2.</source>
        <translation>Dit formulier moet ondertekend worden door %1, niet door %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="44"/>
        <source>This is the protocol sheet of %1, not a consent form.</source>
        <translation>Dit is het protocolblad van %1, geen toestemmingsformulier.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="46"/>
        <source>This is the consent form of %1, not a signed protocol sheet.</source>
        <translation>Dit is het toestemmingsformulier van %1, geen ondertekend protocolblad.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="52"/>
        <source>Form %1 was cancelled: it no longer counts as proof.</source>
        <translation>Formulier %1 is geannuleerd: het telt niet meer als bewijs.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="56"/>
        <source>The QR code on this evidence (%1) was not printed from this database: the form belongs to another database.</source>
        <translation>De QR-code op dit bewijs (%1) is niet vanuit deze database afgedrukt: het formulier hoort bij een andere database.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="70"/>
        <source>There is no protocol version for staff yet: add one first.</source>
        <translation>Er is nog geen protocolversie voor het personeel: voeg er eerst een toe.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="73"/>
        <source>There is no protocol version for students yet: add one first.</source>
        <translation>Er is nog geen protocolversie voor leerlingen: voeg er eerst een toe.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="77"/>
        <source>The signed date lies in the future.</source>
        <translation>De datum van ondertekening ligt in de toekomst.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="78"/>
        <source>The signed date lies before the person&apos;s date of birth.</source>
        <translation>De datum van ondertekening ligt vóór de geboortedatum.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="81"/>
        <source>This person cannot sign for them.</source>
        <translation>Deze persoon kan niet voor hem of haar tekenen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="82"/>
        <source>An item is not on this form version.</source>
        <translation>Een onderdeel staat niet op deze formulierversie.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="83"/>
        <source>Choose at least one item.</source>
        <translation>Kies minstens één onderdeel.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="84"/>
        <source>This protocol version is not for this person.</source>
        <translation>Deze protocolversie is niet voor deze persoon.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="85"/>
        <source>There is no such protocol version.</source>
        <translation>Deze protocolversie bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/entry_base.py" line="93"/>
        <source>no parental authority: does not count</source>
        <translation>geen ouderlijk gezag: telt niet mee</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="44"/>
        <source>The database file was not found: %1. Was it moved or deleted, or is the drive not connected? Nothing was saved: Korre Desktop never makes a new, empty database in its place. Put the file back (or connect the drive) and start Korre Desktop again.</source>
        <translation>Het databasebestand is niet gevonden: %1. Is het verplaatst of verwijderd, of is de schijf niet aangesloten? Er is niets opgeslagen: Korre Desktop maakt nooit een nieuwe, lege database in plaats van de oude. Zet het bestand terug (of sluit de schijf aan) en start Korre Desktop opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="52"/>
        <source>The disk is full: the change was not saved. Make room on the disk and try again.</source>
        <translation>De schijf is vol: de wijziging is niet opgeslagen. Maak ruimte vrij op de schijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="57"/>
        <source>The disk could not be read or written: the change was not saved. Check the disk or the network drive and try again.</source>
        <translation>De schijf kon niet worden gelezen of beschreven: de wijziging is niet opgeslagen. Controleer de schijf of de netwerkschijf en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="67"/>
        <source>The database is in use by another program. Close the other program (or wait a moment) and try again.</source>
        <translation>De database is in gebruik door een ander programma. Sluit dat programma (of wacht even) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="73"/>
        <source>This database was made with a newer version of Korre Desktop. Install the newest version to open it.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van Korre Desktop. Werk Korre Desktop bij naar de nieuwste versie om hem te openen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="79"/>
        <source>The foundation&apos;s server still has the database of an older version of Korre Desktop. Ask the administrator to upgrade it (korre-desktop server upgrade, after a backup); until then this version cannot use it.</source>
        <translation>De stichtingsserver heeft nog de database van een oudere versie van Korre Desktop. Vraag de beheerder die bij te werken (korre-desktop server upgrade, na een reservekopie); tot dan kan deze versie hem niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="88"/>
        <source>The key does not open this database (or the file is not a Korre Desktop database).</source>
        <translation>De sleutel opent deze database niet (of het bestand is geen database van Korre Desktop).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="93"/>
        <source>This database is encrypted and its key is not on this computer. Open it with its passphrase or the recovery code.</source>
        <translation>Deze database is versleuteld en de sleutel staat niet op deze computer. Open hem met de wachtwoordzin of de herstelcode.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="99"/>
        <source>This file is not a Korre Desktop database, or it is damaged.</source>
        <translation>Dit bestand is geen Korre Desktop-database, of het is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="103"/>
        <source>The database could not be used: %1</source>
        <translation>De database kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/base.py" line="86"/>
        <location filename="../../korre_desktop/gui/errors.py" line="107"/>
        <source>This cannot be done: %1</source>
        <translation>Dit kan niet: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="110"/>
        <source>Something went wrong that Korre Desktop did not expect. Nothing was saved.</source>
        <translation>Er ging iets mis dat Korre Desktop niet verwachtte. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="128"/>
        <source>The foundation&apos;s server has no such database: %1.</source>
        <translation>De stichtingsserver heeft deze database niet: %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="131"/>
        <source>The server did not accept the user name or password for %1. Check them, or ask the administrator.</source>
        <translation>De server accepteert de gebruikersnaam of het wachtwoord voor %1 niet. Controleer ze, of vraag het de beheerder.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="136"/>
        <source>The server does not let this computer or user in (%1). Ask the administrator.</source>
        <translation>De server laat deze computer of gebruiker niet toe (%1). Vraag het de beheerder.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="140"/>
        <source>No encrypted (TLS) connection could be made with %1. Korre Desktop never sends personal data unencrypted over the network; ask the administrator.</source>
        <translation>Er kon geen versleutelde (TLS-)verbinding worden gemaakt met %1. Korre Desktop stuurt persoonsgegevens nooit onversleuteld over het netwerk; vraag het de beheerder.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="145"/>
        <source>The server&apos;s name is not known on this network: %1.</source>
        <translation>De naam van de server is op dit netwerk niet bekend: %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="148"/>
        <source>The foundation&apos;s server cannot be reached (%1). Check the network connection and try again.</source>
        <translation>De stichtingsserver is niet bereikbaar (%1). Controleer de netwerkverbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="153"/>
        <source>The database %1 on the foundation&apos;s server is still empty. Set it up first (the first start&apos;s server page, or korre-desktop init).</source>
        <translation>De database %1 op de stichtingsserver is nog leeg. Richt hem eerst in (de serverpagina bij de eerste start, of korre-desktop init).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="158"/>
        <source>The connection with the foundation&apos;s server was lost (%1): the change was not saved. Try again; Korre Desktop connects again by itself.</source>
        <translation>De verbinding met de stichtingsserver is verbroken (%1): de wijziging is niet opgeslagen. Probeer het opnieuw; Korre Desktop maakt zelf opnieuw verbinding.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="163"/>
        <source>The foundation&apos;s server accepts no changes at the moment (read only, %1): nothing was saved. Ask the administrator.</source>
        <translation>De server van de stichting neemt op dit moment geen wijzigingen aan (alleen lezen, %1): er is niets opgeslagen. Vraag het de beheerder.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="168"/>
        <source>The foundation&apos;s server is out of memory or connections (%1): nothing was saved. Try again in a moment, or ask the administrator.</source>
        <translation>De server van de stichting heeft geen geheugen of verbindingen meer over (%1): er is niets opgeslagen. Probeer het zo opnieuw, of vraag het de beheerder.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="174"/>
        <source>The foundation&apos;s server cannot be used: %1.</source>
        <translation>De stichtingsserver kan niet worden gebruikt: %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="182"/>
        <source>The user name %1 has no access to Korre Desktop on this server. Ask the administrator (beheerder) to add you as a user.</source>
        <translation>De gebruikersnaam %1 heeft geen toegang tot Korre Desktop op deze server. Vraag de beheerder u als gebruiker toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="189"/>
        <source>You are not allowed to do this with your role.</source>
        <translation>Dit mag u niet met uw rol.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="190"/>
        <source>You are not allowed to do this with your role (%1).</source>
        <translation>Dit mag u niet met uw rol (%1).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="201"/>
        <source>Part of the database is damaged and cannot be read. Nothing was saved. Choose File → Check database to see which records.</source>
        <translation>Een deel van de database is beschadigd en kan niet worden gelezen. Er is niets opgeslagen. Kies Bestand → Database controleren om te zien welke gegevens het zijn.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="208"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="210"/>
        <source>Part of the database is damaged and cannot be read: %1. Nothing was saved. Look up these records on paper; File → Check database lists all damage.</source>
        <translation>Een deel van de database is beschadigd en kan niet worden gelezen: %1. Er is niets opgeslagen. Zoek deze gegevens op papier op; Bestand → Database controleren toont alle schade.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="220"/>
        <source>the folder does not exist or cannot be made</source>
        <translation>de map bestaat niet of kan niet worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="221"/>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="222"/>
        <source>the copy is not sound, so the database itself may be damaged (choose File → Check database)</source>
        <translation>de kopie is niet in orde, dus de database zelf is misschien beschadigd (kies Bestand → Database controleren)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="229"/>
        <source>the copy could not be written there</source>
        <translation>de kopie kon daar niet worden geschreven</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="232"/>
        <source>No backup was made in the folder %1: %2.</source>
        <translation>Er is geen back-up gemaakt in de map %1: %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="254"/>
        <source>Korre Desktop</source>
        <translation>Korre Desktop</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="58"/>
        <source>The file is too big to attach.</source>
        <translation>Het bestand is te groot om toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="59"/>
        <source>The image cannot be read: it is damaged or incomplete.</source>
        <translation>De afbeelding kan niet gelezen worden: ze is beschadigd of onvolledig.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="62"/>
        <source>The image is far too large (too many pixels) to attach safely.</source>
        <translation>De afbeelding is veel te groot (te veel pixels) om veilig toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="65"/>
        <source>The file is not what its name says (for example a text file named .png).</source>
        <translation>Het bestand is niet wat de naam zegt (bijvoorbeeld een tekstbestand met de naam .png).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="68"/>
        <source>This kind of file cannot be attached: use an image (PNG, JPEG, TIFF, HEIC) or a PDF.</source>
        <translation>Dit soort bestand kan niet worden toegevoegd: gebruik een afbeelding (PNG, JPEG, TIFF, HEIC) of een PDF.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="72"/>
        <source>The PDF is damaged and cannot be read.</source>
        <translation>De PDF is beschadigd en kan niet gelezen worden.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="73"/>
        <source>The PDF is protected with a password; save it without a password first.</source>
        <translation>De PDF is beveiligd met een wachtwoord; sla hem eerst op zonder wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="76"/>
        <source>The PDF has no pages.</source>
        <translation>De PDF heeft geen pagina&apos;s.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="77"/>
        <source>That page does not exist in this file.</source>
        <translation>Die pagina bestaat niet in dit bestand.</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="148"/>
        <source>&lt;b&gt;Evidence&lt;/b&gt; (scan or photo of the signed form)</source>
        <translation>&lt;b&gt;Bewijs&lt;/b&gt; (scan of foto van het ondertekende formulier)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="155"/>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="220"/>
        <source>Drop a file here,
choose one, or paste (Ctrl+V)</source>
        <translation>Sleep een bestand hierheen,
kies er een, of plak (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="161"/>
        <source>&amp;Rotate</source>
        <translation>D&amp;raaien</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="164"/>
        <source>Re&amp;move</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="159"/>
        <source>Fil&amp;e…</source>
        <translation>&amp;Bestand…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="160"/>
        <source>Pa&amp;ste</source>
        <translation>Pla&amp;kken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="162"/>
        <source>&amp;Crop</source>
        <translation>Bij&amp;snijden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="165"/>
        <source>Straig&amp;hten photo</source>
        <translation>Foto recht&amp;zetten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="167"/>
        <source>Page:</source>
        <translation>Pagina:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="254"/>
        <source>Choose the scan or photo</source>
        <translation>Kies de scan of foto</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="255"/>
        <source>Scans and photos</source>
        <translation>Scans en foto&apos;s</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="273"/>
        <source>clipboard</source>
        <translation>klembord</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="289"/>
        <source>The clipboard holds no image or file.</source>
        <translation>Op het klembord staat geen afbeelding of bestand.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="319"/>
        <source>Drag a rectangle over the part to keep.</source>
        <translation>Trek een rechthoek over het deel dat u wilt houden.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="346"/>
        <source>Processing…</source>
        <translation>Bezig met verwerken…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="371"/>
        <source>straightened</source>
        <translation>rechtgezet</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="373"/>
        <source>no page edge found: not straightened</source>
        <translation>geen paginarand gevonden: niet rechtgezet</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="376"/>
        <source>form %1</source>
        <translation>formulier %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/evidence_panel.py" line="389"/>
        <source>dropped image</source>
        <translation>gesleepte afbeelding</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="38"/>
        <source>Export &amp;overview to Excel…</source>
        <translation>Overzicht exporteren naar E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="40"/>
        <source>Response, consent rates and open items per school and class, for management</source>
        <translation>Respons, toestemmingspercentages en openstaande punten per school en klas, voor de directie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="60"/>
        <location filename="../../korre_desktop/gui/export_actions.py" line="81"/>
        <source>Export overview to Excel</source>
        <translation>Overzicht exporteren naar Excel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="62"/>
        <source>The overview shows the consent and protocol status of everyone on the lists on this date.</source>
        <translation>Het overzicht toont de stand van toestemming en protocol van iedereen die op deze datum op de lijsten staat.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="65"/>
        <source>Status &amp;on:</source>
        <translation>Stand &amp;op:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="83"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="108"/>
        <source>Exporting the overview to Excel…</source>
        <translation>Overzicht wordt naar Excel geëxporteerd…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="109"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="114"/>
        <location filename="../../korre_desktop/gui/export_actions.py" line="161"/>
        <source>Export overview</source>
        <translation>Overzicht exporteren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="145"/>
        <source>Overview written to %1: %2 students, %3 staff, %4 open items</source>
        <translation>Overzicht opgeslagen in %1: %2 leerlingen, %3 medewerkers, %4 openstaande punten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="155"/>
        <source>Cancelled: the overview was not written.</source>
        <translation>Geannuleerd: het overzicht is niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="168"/>
        <source>%1 is open in Excel or another program, or it is read-only. Close it and export again.</source>
        <translation>%1 is geopend in Excel of een ander programma, of is alleen-lezen. Sluit het bestand en exporteer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="173"/>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="175"/>
        <source>%1 is a folder. Choose a file name.</source>
        <translation>%1 is een map. Kies een bestandsnaam.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="177"/>
        <source>The overview is an Excel workbook: choose a name that ends in .xlsx.</source>
        <translation>Het overzicht is een Excel-werkmap: kies een naam die eindigt op .xlsx.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/export_actions.py" line="179"/>
        <source>%1 cannot be written. Choose another folder.</source>
        <translation>%1 kan niet worden opgeslagen. Kies een andere map.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="68"/>
        <source>Choose a folder.</source>
        <translation>Kies een map.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="69"/>
        <source>Type the full path of the folder, for example %1.</source>
        <translation>Typ het volledige pad van de map, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="72"/>
        <source>This is a file, not a folder. Choose a folder.</source>
        <translation>Dit is een bestand, geen map. Kies een map.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="75"/>
        <source>Korre Desktop cannot write in this folder. Choose a folder in which you may save files, for example %1.</source>
        <translation>Korre Desktop kan niet schrijven in deze map. Kies een map waarin u bestanden mag opslaan, bijvoorbeeld %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="80"/>
        <source>This folder holds a folder named korre.sqlite. Choose another folder.</source>
        <translation>In deze map staat een map met de naam korre.sqlite. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="84"/>
        <source>The file korre.sqlite in this folder is not a Korre Desktop database, or it is damaged. Choose another folder.</source>
        <translation>Het bestand korre.sqlite in deze map is geen database van Korre Desktop, of het is beschadigd. Kies een andere map.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="96"/>
        <source>Warning: this folder is synced to the cloud (OneDrive, Dropbox, Google Drive or iCloud). Syncing can damage the database while the app uses it, and data can be lost. A folder on this computer&apos;s own disk is strongly advised, and keep backups.</source>
        <translation>Let op: deze map wordt met de cloud gesynchroniseerd (OneDrive, Dropbox, Google Drive of iCloud). Synchroniseren kan de database beschadigen terwijl de app hem gebruikt, en dan kunnen gegevens verloren gaan. Een map op de eigen schijf van deze computer wordt sterk aangeraden; maak daarnaast back-ups.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="102"/>
        <source>Warning: this folder is on a network share. A database on a network share can be damaged, for example when the connection drops, and data can be lost. A folder on this computer&apos;s own disk is strongly advised, and keep backups.</source>
        <translation>Let op: deze map staat op een netwerkschijf. Een database op een netwerkschijf kan beschadigd raken, bijvoorbeeld als de verbinding wegvalt, en dan kunnen gegevens verloren gaan. Een map op de eigen schijf van deze computer wordt sterk aangeraden; maak daarnaast back-ups.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="294"/>
        <source>Step %1 of %2</source>
        <translation>Stap %1 van %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="313"/>
        <source>&amp;Finish</source>
        <translation>&amp;Voltooien</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="314"/>
        <source>Finish</source>
        <translation>Voltooien</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="316"/>
        <source>&amp;Open database</source>
        <translation>Database o&amp;penen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="317"/>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="319"/>
        <location filename="../../ui/first_run_wizard.ui" line="604"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="320"/>
        <location filename="../../ui/first_run_wizard.ui" line="605"/>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="336"/>
        <source>Fill in the name of the foundation.</source>
        <translation>Vul de naam van de stichting in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="391"/>
        <source>“%1” is already in the list.</source>
        <translation>“%1” staat al in de lijst.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="423"/>
        <source>“%1” is in the list twice; change or remove one.</source>
        <translation>“%1” staat twee keer in de lijst; wijzig of verwijder er een.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="436"/>
        <source>Choose the folder for the data</source>
        <translation>Kies de gegevensmap</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="457"/>
        <source>Database file: %1</source>
        <translation>Databasebestand: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="480"/>
        <source>A stolen computer or disk then gives nothing away. The key is kept in this computer&apos;s keychain; you get a recovery code to print for the foundation&apos;s safe.</source>
        <translation>Een gestolen computer of schijf geeft dan niets prijs. De sleutel wordt bewaard in de sleutelhanger van deze computer; u krijgt een herstelcode om af te drukken voor de kluis van de stichting.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="485"/>
        <source>A stolen computer or disk then gives nothing away. This computer has no keychain: the passphrase is asked at every start. You also get a recovery code to print for the foundation&apos;s safe.</source>
        <translation>Een gestolen computer of schijf geeft dan niets prijs. Deze computer heeft geen sleutelhanger: de wachtwoordzin wordt bij elke start gevraagd. U krijgt ook een herstelcode om af te drukken voor de kluis van de stichting.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="515"/>
        <source>Use at least %1 characters: a few words make a good passphrase.</source>
        <translation>Gebruik minstens %1 tekens: een paar woorden vormen een goede wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="518"/>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="519"/>
        <source>Type a passphrase.</source>
        <translation>Typ een wachtwoordzin.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="530"/>
        <source>The demo data brings its own schools: the schools entered in step 1 are not added.</source>
        <translation>De demogegevens hebben hun eigen scholen: de scholen die u in stap 1 invulde, worden niet toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="539"/>
        <source>The database %1 on the server is set up for the foundation.</source>
        <translation>De database %1 op de server wordt ingericht voor de stichting.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="547"/>
        <source>The database is created as %1.</source>
        <translation>De database wordt gemaakt als %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="669"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="739"/>
        <source>Opening the database on the server…</source>
        <translation>De database op de server wordt geopend…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/first_run.py" line="741"/>
        <source>Setting up the database on the server…</source>
        <translation>De database op de server wordt ingericht…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="6"/>
        <source>Korre Desktop: first start</source>
        <translation>Korre Desktop: eerste start</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="23"/>
        <source>Welcome to Korre Desktop</source>
        <translation>Welkom bij Korre Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="29"/>
        <source>Korre Desktop starts for the first time on this computer. Three short steps, then the app opens. Everything can be changed later.</source>
        <translation>Korre Desktop start voor het eerst op deze computer. Na drie korte stappen opent de app. Alles kunt u later nog wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="38"/>
        <source>&amp;Foundation name:</source>
        <translation>Naam van de &amp;stichting:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="44"/>
        <source>Foundation name</source>
        <translation>Naam van de stichting</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="57"/>
        <source>New &amp;school:</source>
        <translation>Nieuwe s&amp;chool:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="63"/>
        <source>New school</source>
        <translation>Nieuwe school</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="64"/>
        <source>Type the name of a school and press Enter to add it to the list.</source>
        <translation>Typ de naam van een school en druk op Enter om hem aan de lijst toe te voegen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="65"/>
        <source>For example: De Regenboog</source>
        <translation>Bijvoorbeeld: De Regenboog</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="71"/>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="72"/>
        <source>Add school</source>
        <translation>School toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="78"/>
        <source>S&amp;chools:</source>
        <translation>Scho&amp;len:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="84"/>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="85"/>
        <source>The schools of the foundation. Press F2 to change a name, Delete to remove it.</source>
        <translation>De scholen van de stichting. Druk op F2 om een naam te wijzigen, op Delete om hem te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="93"/>
        <source>&amp;Remove</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="94"/>
        <source>Remove school</source>
        <translation>School verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="107"/>
        <source>Type a school&apos;s name and press Enter or Add. Double-click a name or press F2 to change it. The list may stay empty: schools can be added later (Records → New school).</source>
        <translation>Typ de naam van een school en druk op Enter of Toevoegen. Dubbelklik op een naam of druk op F2 om hem te wijzigen. De lijst mag leeg blijven: scholen kunt u later toevoegen (Gegevens → Nieuwe school).</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="127"/>
        <source>Where the data is kept</source>
        <translation>Waar staan de gegevens?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="133"/>
        <source>On this &amp;computer, in a database file</source>
        <translation>Op deze &amp;computer, in een databasebestand</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="134"/>
        <source>On this computer, in a database file</source>
        <translation>Op deze computer, in een databasebestand</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="140"/>
        <source>Connect to the foundation&apos;s &amp;server</source>
        <translation>Verbinden met de &amp;stichtingsserver</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="141"/>
        <source>Connect to the foundation&apos;s server</source>
        <translation>Verbinden met de stichtingsserver</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="154"/>
        <source>Korre Desktop keeps all its data in one database file, korre.sqlite, in the folder below. Choose a folder on this computer&apos;s own disk; the suggested folder is a good choice.</source>
        <translation>Korre Desktop bewaart al zijn gegevens in één databasebestand, korre.sqlite, in de map hieronder. Kies een map op de eigen schijf van deze computer; de voorgestelde map is een goede keuze.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="163"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="169"/>
        <source>Data folder</source>
        <translation>Gegevensmap</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="174"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="175"/>
        <source>Browse for a folder</source>
        <translation>Bladeren naar een map</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="214"/>
        <source>I &amp;understand the risk and want to use this folder anyway</source>
        <translation>Ik begrijp het &amp;risico en wil deze map toch gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="215"/>
        <source>I understand the risk</source>
        <translation>Ik begrijp het risico</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="229"/>
        <source>There is already a database in this folder; it will be opened. It is not changed: the name and schools of step 1 are not added to it.</source>
        <translation>Er staat al een database in deze map; die wordt geopend. Er verandert niets aan: de naam en de scholen uit stap 1 worden er niet aan toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="241"/>
        <source>Backups: when the app starts it makes a backup (at most once a day) in the folder korre-backups beside the database. Also copy the backups regularly to another disk or to the foundation&apos;s backup.</source>
        <translation>Back-ups: bij het starten maakt de app een back-up (hoogstens één per dag) in de map korre-backups naast de database. Kopieer de back-ups ook regelmatig naar een andere schijf of naar de back-up van de stichting.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="260"/>
        <source>Several computers share one database on the foundation&apos;s server (PostgreSQL). The administrator gives you the server&apos;s name, the database and your user name.</source>
        <translation>Meerdere computers delen één database op de server van de stichting (PostgreSQL). De beheerder geeft u de naam van de server, de database en uw gebruikersnaam.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="269"/>
        <source>&amp;Host:</source>
        <translation>Server&amp;naam:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="275"/>
        <source>Server name</source>
        <translation>Servernaam</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="277"/>
        <source>For example: db.stichting.nl</source>
        <translation>Bijvoorbeeld: db.stichting.nl</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="282"/>
        <source>&amp;Port:</source>
        <translation>Poor&amp;t:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="288"/>
        <source>Port</source>
        <translation>Poort</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="310"/>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="316"/>
        <source>Database name</source>
        <translation>Naam van de database</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="329"/>
        <source>User n&amp;ame:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="335"/>
        <source>User name</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="341"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="347"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="361"/>
        <source>Rememb&amp;er the password on this computer</source>
        <translation>Wachtwoord ont&amp;houden op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="362"/>
        <source>Remember the password on this computer</source>
        <translation>Wachtwoord onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="363"/>
        <source>The password is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Het wachtwoord wordt bewaard in de sleutelhanger van deze computer, nooit in een bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="377"/>
        <source>Connec&amp;t</source>
        <translation>V&amp;erbinden</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="378"/>
        <source>Connect to the server</source>
        <translation>Verbinden met de server</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="415"/>
        <source>How do you want to begin?</source>
        <translation>Hoe wilt u beginnen?</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="428"/>
        <source>&amp;Import data from the student administration (file)</source>
        <translation>Gegevens &amp;importeren uit de leerlingadministratie (bestand)</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="429"/>
        <source>Import data from the student administration</source>
        <translation>Gegevens importeren uit de leerlingadministratie</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="435"/>
        <source>Choose an export of ParnasSys, Magister, SOMtoday, Esis or the HR system (CSV, Excel or EDEXML). The import wizard opens right after this step; nothing is saved before you confirm the import.</source>
        <translation>Kies een export uit ParnasSys, Magister, SOMtoday, Esis of het HR-systeem (CSV, Excel of EDEXML). De importwizard opent direct na deze stap; er wordt niets opgeslagen voordat u de import bevestigt.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="450"/>
        <source>Load &amp;demo data to get to know the app</source>
        <translation>&amp;Demogegevens laden om de app te leren kennen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="451"/>
        <source>Load demo data</source>
        <translation>Demogegevens laden</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="456"/>
        <source>Made-up schools, students, staff and consent forms, to try everything out. The demo brings its own schools. Use this database for practice only, not for real data.</source>
        <translation>Verzonnen scholen, leerlingen, medewerkers en toestemmingsformulieren, om alles uit te proberen. De demo heeft eigen scholen. Gebruik deze database alleen om te oefenen, niet voor echte gegevens.</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="471"/>
        <source>Start &amp;empty</source>
        <translation>&amp;Leeg beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="472"/>
        <source>Start empty</source>
        <translation>Leeg beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="477"/>
        <source>An empty database with the foundation&apos;s name and schools from step 1. Add classes and people yourself (menu Records), or import them later (File → Import…).</source>
        <translation>Een lege database met de naam van de stichting en de scholen uit stap 1. Voeg zelf klassen en personen toe (menu Gegevens), of importeer ze later (Bestand → Importeren…).</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="492"/>
        <source>En&amp;crypt the database file</source>
        <translation>Databasebestand ver&amp;sleutelen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="493"/>
        <source>Encrypt the database file</source>
        <translation>Databasebestand versleutelen</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="512"/>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="518"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="525"/>
        <source>Passphrase a&amp;gain:</source>
        <translation>Wachtwoordzin &amp;nogmaals:</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="531"/>
        <source>Passphrase again</source>
        <translation>Wachtwoordzin nogmaals</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="597"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="598"/>
        <source>Back</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_wizard.ui" line="611"/>
        <location filename="../../ui/first_run_wizard.ui" line="612"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>FormsActions</name>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="319"/>
        <source>Pre-filled consent forms with a QR code, for a class or the staff</source>
        <translation>Ingevulde toestemmingsformulieren met QR-code, voor een klas of het personeel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="317"/>
        <source>Print &amp;consent forms…</source>
        <translation>&amp;Toestemmingsformulieren afdrukken…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="322"/>
        <source>Print &amp;protocol sheets…</source>
        <translation>&amp;Protocolformulieren afdrukken…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="324"/>
        <source>Protocol signature sheets with a QR code, for a class or the staff</source>
        <translation>Tekenformulieren voor het protocol met QR-code, voor een klas of het personeel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="380"/>
        <source>Forms</source>
        <translation>Formulieren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="402"/>
        <source>Printing forms…</source>
        <translation>Formulieren afdrukken…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="413"/>
        <source>Save consent forms as PDF</source>
        <translation>Toestemmingsformulieren opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="415"/>
        <source>Save protocol sheets as PDF</source>
        <translation>Protocolformulieren opslaan als pdf</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="423"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="446"/>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="474"/>
        <source>Making forms…</source>
        <translation>Formulieren maken…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="479"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="489"/>
        <source>Cancelled: no forms were saved.</source>
        <translation>Geannuleerd: er zijn geen formulieren opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="507"/>
        <source>%1 forms sent to the printer</source>
        <translation>%1 formulieren naar de printer gestuurd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="509"/>
        <source>%1 forms written to %2</source>
        <translation>%1 formulieren opgeslagen in %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="515"/>
        <source>Forms printed</source>
        <translation>Formulieren gemaakt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="517"/>
        <source>No guardian with parental authority is on record for: %1. Their forms leave the signer&apos;s name blank.</source>
        <translation>Er is geen ouder/verzorger met ouderlijk gezag bekend voor: %1. Op hun formulier blijft de naam van de ondertekenaar open.</translation>
    </message>
</context>
<context>
    <name>GuardianDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/guardian_dialog.py" line="52"/>
        <source>Guardian of: %1</source>
        <translation>Ouder/verzorger van: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/guardian_dialog.py" line="58"/>
        <source>mother</source>
        <translation>moeder</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/guardian_dialog.py" line="59"/>
        <source>father</source>
        <translation>vader</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/guardian_dialog.py" line="60"/>
        <source>carer</source>
        <translation>verzorger</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/guardian_dialog.py" line="61"/>
        <source>legal guardian</source>
        <translation>voogd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/guardian_dialog.py" line="62"/>
        <source>foster parent</source>
        <translation>pleegouder</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/guardian_dialog.py" line="89"/>
        <source>Edit guardian</source>
        <translation>Ouder/verzorger wijzigen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/guardian_dialog.py" line="138"/>
        <source>guardian of: %1</source>
        <translation>ouder/verzorger van: %1</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="6"/>
        <source>Add guardian</source>
        <translation>Ouder/verzorger toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="23"/>
        <source>&amp;New guardian</source>
        <translation>&amp;Nieuwe ouder/verzorger</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="29"/>
        <source>&amp;Existing guardian (e.g. of a brother or sister)</source>
        <translation>&amp;Bestaande ouder/verzorger (bijv. van een broer of zus)</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="53"/>
        <source>&amp;First name:</source>
        <translation>&amp;Roepnaam:</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="74"/>
        <source>&amp;Infix:</source>
        <translation>&amp;Tussenvoegsel:</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="86"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="107"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="128"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="170"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="176"/>
        <source>Name (also of a child), e-mail or phone</source>
        <translation>Naam (ook van een kind), e-mail of telefoon</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="181"/>
        <source>&amp;Guardians found:</source>
        <translation>&amp;Gevonden:</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="214"/>
        <source>&amp;Relation:</source>
        <translation>Re&amp;latie:</translation>
    </message>
    <message>
        <location filename="../../ui/guardian_dialog.ui" line="226"/>
        <source>Has parental &amp;authority (their consent counts)</source>
        <translation>Heeft &amp;ouderlijk gezag (toestemming telt mee)</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../korre_desktop/gui/import_actions.py" line="29"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_actions.py" line="31"/>
        <source>Import students, staff or an existing consent register from a file</source>
        <translation>Leerlingen, personeel of een bestaande toestemmingsregistratie uit een bestand importeren</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="104"/>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="105"/>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="106"/>
        <source>Existing consent register</source>
        <translation>Bestaande toestemmingsregistratie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="117"/>
        <location filename="../../korre_desktop/gui/import_words.py" line="828"/>
        <source>Guardian %1: %2</source>
        <translation>Ouder/verzorger %1: %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="119"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="120"/>
        <source>First name</source>
        <translation>Roepnaam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="121"/>
        <source>Given names</source>
        <translation>Voornamen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="122"/>
        <source>Infix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="123"/>
        <source>Surname</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="124"/>
        <source>Full name</source>
        <translation>Volledige naam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="125"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="126"/>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="127"/>
        <source>Enrolled on</source>
        <translation>Ingeschreven op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="128"/>
        <source>Left on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="129"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="130"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="131"/>
        <location filename="../../korre_desktop/gui/import_words.py" line="832"/>
        <source>Employment</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="132"/>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="133"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="134"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="135"/>
        <source>Initials</source>
        <translation>Voorletters</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="136"/>
        <source>Partner&apos;s surname</source>
        <translation>Achternaam partner</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="137"/>
        <source>Partner&apos;s infix</source>
        <translation>Tussenvoegsel partner</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="138"/>
        <source>Name use (AFAS code 0-3 or words)</source>
        <translation>Naamgebruik (AFAS-code 0-3 of woorden)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="139"/>
        <source>Name use (Raet code 1-4)</source>
        <translation>Naamgebruik (Raet-code 1-4)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="140"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="141"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="142"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="143"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="150"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="151"/>
        <source>first name</source>
        <translation>roepnaam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="152"/>
        <source>initials</source>
        <translation>voorletters</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="153"/>
        <source>infix</source>
        <translation>tussenvoegsel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="154"/>
        <source>surname</source>
        <translation>achternaam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="155"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="156"/>
        <source>phone</source>
        <translation>telefoon</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="157"/>
        <source>relation</source>
        <translation>relatie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="158"/>
        <location filename="../../korre_desktop/gui/import_words.py" line="159"/>
        <source>parental authority</source>
        <translation>ouderlijk gezag</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/wizard.py" line="36"/>
        <source>Step 1 of 4: what to import</source>
        <translation>Stap 1 van 4: wat importeren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/wizard.py" line="37"/>
        <source>Step 2 of 4: the columns</source>
        <translation>Stap 2 van 4: de kolommen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/wizard.py" line="38"/>
        <source>Step 3 of 4: the check (nothing is saved yet)</source>
        <translation>Stap 3 van 4: de controle (er is nog niets opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/wizard.py" line="39"/>
        <source>Step 4 of 4: importing</source>
        <translation>Stap 4 van 4: importeren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/wizard.py" line="43"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/wizard.py" line="45"/>
        <location filename="../../ui/import_wizard.ui" line="303"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Volgende &gt;</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/wizard.py" line="74"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/wizard.py" line="74"/>
        <location filename="../../ui/import_wizard.ui" line="309"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/source_step.py" line="41"/>
        <source>Choose the file to import</source>
        <translation>Kies het bestand om te importeren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/source_step.py" line="42"/>
        <source>Exports (*.csv *.txt *.xlsx *.xml);;All files (*)</source>
        <translation>Exportbestanden (*.csv *.txt *.xlsx *.xml);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/source_step.py" line="52"/>
        <source>Choose the appointments file (Aanstellingen)</source>
        <translation>Kies het bestand met aanstellingen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/source_step.py" line="53"/>
        <source>Exports (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Exports (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/source_step.py" line="71"/>
        <source>An EDEXML file is not an appointments file.</source>
        <translation>Een EDEXML-bestand is geen bestand met aanstellingen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/source_step.py" line="87"/>
        <source>Reading the file…</source>
        <translation>Het bestand wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/source_step.py" line="124"/>
        <source>This is an EDEXML file: it holds students and teachers, no consent register.</source>
        <translation>Dit is een EDEXML-bestand: het bevat leerlingen en leerkrachten, geen toestemmingsregistratie.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/source_step.py" line="134"/>
        <source>EDEXML file: %1 students and %2 teachers.</source>
        <translation>EDEXML-bestand: %1 leerlingen en %2 leerkrachten.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/source_step.py" line="139"/>
        <source>The teachers are imported as staff at the same time.</source>
        <translation>De leerkrachten worden tegelijk als personeel geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/source_step.py" line="154"/>
        <source>%1: %2 rows, %3 columns.</source>
        <translation>%1: %2 rijen, %3 kolommen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/columns_step.py" line="75"/>
        <source>(not in the file)</source>
        <translation>(niet in het bestand)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/columns_step.py" line="85"/>
        <source>Column %1 looks like this field but is not used: choose it if it is right.</source>
        <translation>Kolom %1 lijkt op dit gegeven maar wordt niet gebruikt: kies de kolom als die klopt.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/columns_step.py" line="109"/>
        <source>Check which column holds each field. Fields marked * are required (a name: surname and first name, or the full name). A field on a yellow background has a column that only looks like it: it is not used unless you choose it. The choice is remembered for files with these columns.</source>
        <translation>Controleer welke kolom bij elk gegeven hoort. Gegevens met * zijn verplicht (een naam: achternaam en roepnaam, of de volledige naam). Een gegeven met een gele achtergrond heeft een kolom die er alleen op lijkt: die wordt niet gebruikt tenzij u hem kiest. De keuze wordt onthouden voor bestanden met deze kolommen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_report.py" line="44"/>
        <source>New, %1: %2</source>
        <translation>Nieuw, %1: %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_report.py" line="49"/>
        <source>Changed, %1: %2: %3</source>
        <translation>Gewijzigd, %1: %2: %3</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/base.py" line="90"/>
        <source>This cannot be done with these data. Nothing was saved.</source>
        <translation>Dit kan niet met deze gegevens. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/columns_step.py" line="105"/>
        <source>The columns of an EDEXML file are fixed: nothing to choose here.</source>
        <translation>De kolommen van een EDEXML-bestand liggen vast: hier is niets te kiezen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/source_step.py" line="160"/>
        <source>With the appointments joined: %1 rows.</source>
        <translation>Met de aanstellingen erbij: %1 rijen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/columns_step.py" line="117"/>
        <source>At least one consent item column.</source>
        <translation>Minstens één kolom met een toestemmingsonderdeel.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/columns_step.py" line="140"/>
        <source>(none: as in the file)</source>
        <translation>(geen: zoals in het bestand)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/columns_step.py" line="156"/>
        <source>Choose the school</source>
        <translation>Kies de school</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/columns_step.py" line="200"/>
        <source>Choose a column for: %1</source>
        <translation>Kies een kolom voor: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/columns_step.py" line="204"/>
        <source>Choose the school.</source>
        <translation>Kies de school.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/columns_step.py" line="209"/>
        <source>at least one consent item</source>
        <translation>minstens één toestemmingsonderdeel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/columns_step.py" line="210"/>
        <location filename="../../korre_desktop/gui/import_words.py" line="990"/>
        <source>or</source>
        <translation>of</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_step.py" line="54"/>
        <source>Checking the file…</source>
        <translation>Het bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_step.py" line="122"/>
        <source>Mark the %1 students who are not in the file as left on</source>
        <translation>Markeer de %1 leerlingen die niet in het bestand staan als vertrokken op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_step.py" line="128"/>
        <source>Import the other rows and leave out the %1 rows with &amp;errors</source>
        <translation>De andere rijen importeren en de %1 rijen met &amp;fouten overslaan</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_step.py" line="134"/>
        <source>The file has rows with errors: correct them in the file (or the administration system) and choose it again, or leave those rows out.</source>
        <translation>Het bestand heeft rijen met fouten: verbeter ze in het bestand (of in de leerlingadministratie) en kies het opnieuw, of sla die rijen over.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_step.py" line="142"/>
        <source>The records already match the file. Students on record who are not in the file can be marked as left below.</source>
        <translation>De gegevens komen al overeen met het bestand. Leerlingen die wel geregistreerd zijn maar niet in het bestand staan, kunt u hieronder als vertrokken markeren.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_step.py" line="150"/>
        <source>Nothing to change: the records already match the file.</source>
        <translation>Niets te wijzigen: de gegevens komen al overeen met het bestand.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_step.py" line="154"/>
        <source>Checked. Press Import to save these changes.</source>
        <translation>Gecontroleerd. Klik op Importeren om deze wijzigingen op te slaan.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_report.py" line="29"/>
        <source>Note:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_report.py" line="37"/>
        <source>Will create: %1</source>
        <translation>Wordt aangemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_report.py" line="56"/>
        <source>On record but not in the file (%1):</source>
        <translation>Geregistreerd maar niet in het bestand (%1):</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_report.py" line="68"/>
        <source>Error, %1: %2</source>
        <translation>Fout, %1: %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_report.py" line="70"/>
        <source>Warning, %1: %2</source>
        <translation>Waarschuwing, %1: %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/check_step.py" line="167"/>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>De controle is afgebroken. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/apply_step.py" line="39"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/apply_step.py" line="70"/>
        <source>The import is done.</source>
        <translation>Het importeren is klaar.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/apply_step.py" line="73"/>
        <source>Imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Geïmporteerd: %1 nieuw, %2 gewijzigd, %3 ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/apply_step.py" line="79"/>
        <source>%1 students marked as left.</source>
        <translation>%1 leerlingen als vertrokken gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/apply_step.py" line="83"/>
        <source>%1 rows with errors were left out: correct them and import again.</source>
        <translation>%1 rijen met fouten zijn overgeslagen: verbeter ze en importeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/apply_step.py" line="95"/>
        <source>Records this import would add or change were changed since the check (on another computer, by another import or a scan). Nothing was imported: go back and run the check again.</source>
        <translation>Gegevens die deze import zou toevoegen of wijzigen, zijn sinds de controle gewijzigd (op een andere computer, door een andere import of een scan). Er is niets geïmporteerd: ga terug en controleer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/apply_step.py" line="113"/>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Het importeren is afgebroken. Er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/import_wizard/wizard.py" line="90"/>
        <source>Type the school year like %1.</source>
        <translation>Typ het schooljaar als %1.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="6"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="24"/>
        <source>&amp;What to import:</source>
        <translation>&amp;Wat importeren:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="33"/>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="41"/>
        <source>Chosen file</source>
        <translation>Gekozen bestand</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="43"/>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="48"/>
        <source>C&amp;hoose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="55"/>
        <source>A&amp;ppointments:</source>
        <translation>&amp;Aanstellingen:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="63"/>
        <source>Chosen appointments file</source>
        <translation>Gekozen bestand met aanstellingen</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="65"/>
        <source>Only for an HR export in two files (Visma|Raet: persons and appointments)</source>
        <translation>Alleen bij een personeelsexport in twee bestanden (Visma|Raet: medewerkers en aanstellingen)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="70"/>
        <source>Choose appoint&amp;ments…</source>
        <translation>Aanstellingen kiez&amp;en…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="92"/>
        <source>Export the students or staff from the administration system (ParnasSys, Magister, SOMtoday, Esis or the HR system) as CSV, Excel (XLSX) or EDEXML, then choose the file here or drag it onto this window. An EDEXML file is recognised automatically. Nothing is saved until the last step.</source>
        <translation>Exporteer de leerlingen of het personeel uit het administratiesysteem (ParnasSys, Magister, SOMtoday, Esis of het personeelssysteem) als CSV, Excel (XLSX) of EDEXML, en kies het bestand hier of sleep het naar dit venster. Een EDEXML-bestand wordt vanzelf herkend. Er wordt pas bij de laatste stap iets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="112"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="123"/>
        <source>School &amp;year:</source>
        <translation>School&amp;jaar:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="182"/>
        <source>New:</source>
        <translation>Nieuw:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="188"/>
        <source>Changed:</source>
        <translation>Gewijzigd:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="194"/>
        <source>Unchanged:</source>
        <translation>Ongewijzigd:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="200"/>
        <source>Rows with errors:</source>
        <translation>Rijen met fouten:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="206"/>
        <source>Warnings:</source>
        <translation>Waarschuwingen:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.ui" line="298"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="69"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="81"/>
        <source>the file</source>
        <translation>het bestand</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="85"/>
        <source>students %1</source>
        <translation>leerlingen %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="87"/>
        <source>student %1</source>
        <translation>leerling %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="91"/>
        <source>teachers %1</source>
        <translation>leerkrachten %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="93"/>
        <source>teacher %1</source>
        <translation>leerkracht %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="97"/>
        <source>rows %1</source>
        <translation>rijen %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="97"/>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="168"/>
        <source>the row</source>
        <translation>de rij</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="179"/>
        <source>%1: a problem the app cannot describe (code %2)</source>
        <translation>%1: een probleem dat de app niet kan omschrijven (code %2)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="188"/>
        <source>No name: the surname and the first name are both empty</source>
        <translation>Geen naam: de achternaam en de roepnaam zijn allebei leeg</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="191"/>
        <source>%1 is empty; a parent&apos;s statement needs who signed it</source>
        <translation>%1 is leeg; bij een verklaring van een ouder/verzorger moet staan wie tekende</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="194"/>
        <source>%1 is empty</source>
        <translation>%1 is leeg</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="200"/>
        <source>%1: the date %2 lies in the future</source>
        <translation>%1: de datum %2 ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="204"/>
        <source>%1: the date lies in the future</source>
        <translation>%1: de datum ligt in de toekomst</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="210"/>
        <source>The end date %1 is before the start date %2</source>
        <translation>De einddatum %1 ligt vóór de begindatum %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="215"/>
        <source>%1: the date is before %2</source>
        <translation>%1: de datum ligt vóór %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="225"/>
        <source>%1: %2 is not an e-mail address; it is left out</source>
        <translation>%1: %2 is geen e-mailadres; het wordt niet overgenomen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="227"/>
        <source>%1: %2 is not an e-mail address</source>
        <translation>%1: %2 is geen e-mailadres</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="231"/>
        <source>%1: %2 is not a phone number; it is left out</source>
        <translation>%1: %2 is geen telefoonnummer; het wordt niet overgenomen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="233"/>
        <source>%1: %2 is not a phone number</source>
        <translation>%1: %2 is geen telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="240"/>
        <source>%1: %2 is not a known kind of employment</source>
        <translation>%1: %2 is geen bekend soort dienstverband</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="242"/>
        <source>%1: %2 is not one of the options</source>
        <translation>%1: %2 is geen van de mogelijkheden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="249"/>
        <source>Number %1 is in the file more than once with other details (also %2)</source>
        <translation>Nummer %1 staat meer dan eens in het bestand, met andere gegevens (ook %2)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="253"/>
        <source>Number %1 is in the file more than once (also %2)</source>
        <translation>Nummer %1 staat meer dan eens in het bestand (ook %2)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="259"/>
        <source>The %1 of guardian %2 differs between %3; it is left as it is</source>
        <translation>De %1 van ouder/verzorger %2 verschilt tussen %3; die blijft zoals hij is</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="271"/>
        <source>%1: %2 is not ja or nee; the parental authority is left as it is</source>
        <translation>%1: %2 is geen ja of nee; het ouderlijk gezag blijft zoals het is</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="275"/>
        <source>%1: %2 is not ja or nee</source>
        <translation>%1: %2 is geen ja of nee</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="282"/>
        <source>Group %1 is not defined in the file; </source>
        <translation>Groep %1 staat niet in het bestand; </translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="288"/>
        <source>year group H (a student who left) without a leaving date: imported without a class; enter the leaving date in the app</source>
        <translation>jaargroep H (een vertrokken leerling) zonder vertrekdatum: geïmporteerd zonder klas; vul de vertrekdatum in de app in</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="295"/>
        <source>no group (stamgroep) in the file: placed in class %1 (year group %2)</source>
        <translation>geen groep (stamgroep) in het bestand: geplaatst in klas %1 (jaargroep %2)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="304"/>
        <source>year group %1 is not one of the standard&apos;s codes: imported without a class</source>
        <translation>jaargroep %1 is geen code uit de standaard: geïmporteerd zonder klas</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="311"/>
        <source>no group and no year group in the file: imported without a class</source>
        <translation>geen groep en geen jaargroep in het bestand: geïmporteerd zonder klas</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="320"/>
        <source>%1: school %2 is not known (schools: %3)</source>
        <translation>%1: school %2 is onbekend (scholen: %3)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="322"/>
        <source>%1: school %2 fits several schools (schools: %3)</source>
        <translation>%1: school %2 past bij meer scholen (scholen: %3)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="323"/>
        <location filename="../../korre_desktop/gui/import_words.py" line="1023"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="329"/>
        <source>No employee with number %1</source>
        <translation>Geen medewerker met nummer %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="331"/>
        <source>No student with number %1</source>
        <translation>Geen leerling met nummer %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="338"/>
        <source>This row is in %1 while the rest of the file is in %2; it was read as %1: check its accented letters</source>
        <translation>Deze rij is in %1, de rest van het bestand in %2; de rij is gelezen als %1: controleer de letters met accenten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="350"/>
        <source>%1: the name use is “%2” but the file has no partner&apos;s surname; the own surname is used</source>
        <translation>%1: het naamgebruik is “%2” maar het bestand heeft geen achternaam van de partner; de eigen achternaam wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="382"/>
        <source>%1: %2 is not a date</source>
        <translation>%1: %2 is geen datum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="384"/>
        <source>%1: the date %2 does not exist</source>
        <translation>%1: de datum %2 bestaat niet</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="388"/>
        <source>%1: with this date of birth the student is %2 years old; a student is %3 to %4</source>
        <translation>%1: met deze geboortedatum is de leerling %2 jaar; een leerling is %3 tot %4 jaar</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="402"/>
        <source>%1: not a BRIN number (two digits and two letters)</source>
        <translation>%1: geen BRIN-nummer (twee cijfers en twee letters)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="405"/>
        <source>%1: not a school year like 2026-2027</source>
        <translation>%1: geen schooljaar zoals 2026-2027</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="409"/>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 is langer dan %2 tekens</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="414"/>
        <source>%1: invisible or control characters (%2) were removed; it reads %3</source>
        <translation>%1: onzichtbare tekens of stuurtekens (%2) zijn weggehaald; er staat nu %3</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="423"/>
        <source>%1: %2 holds invisible or control characters (%3); a number must be plain: correct it in the source</source>
        <translation>%1: %2 bevat onzichtbare tekens of stuurtekens (%3); een nummer moet gewoon zijn: verbeter het in de bron</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="433"/>
        <source>%1: %2 is not a plain number (wide digits, ligatures or accents typed apart): correct it in the source</source>
        <translation>%1: %2 is geen gewoon nummer (brede cijfers, ligaturen of los getypte accenten): verbeter het in de bron</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="441"/>
        <source>%1: %2 was garbled by a wrong character encoding before this file was made; read as %3: check it</source>
        <translation>%1: %2 was verminkt door een verkeerde tekencodering voordat dit bestand werd gemaakt; gelezen als %3: controleer het</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="450"/>
        <source>%1: %2 looks garbled (like “Ã«” for “ë”); it is kept as written: check it</source>
        <translation>%1: %2 ziet er verminkt uit (zoals “Ã«” voor “ë”); het blijft zoals het er staat: controleer het</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="457"/>
        <source>%1: %2 seems to have lost a letter (a ? where a letter such as ş was); check it</source>
        <translation>%1: in %2 lijkt een letter verloren (een ? waar een letter als ş stond); controleer het</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="464"/>
        <source>%1: %2 read as %3 (the apostrophe of &apos;t and &apos;s)</source>
        <translation>%1: %2 gelezen als %3 (de apostrof van &apos;t en &apos;s)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="470"/>
        <source>A double quote (&quot;) in this row does not close, so the row was read with its quotes as written: check its values</source>
        <translation>Een aanhalingsteken (&quot;) in deze rij sluit niet; de rij is gelezen met de aanhalingstekens zoals ze er staan: controleer de waarden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="479"/>
        <source>Guardian %1 has no name and is not imported</source>
        <translation>Ouder/verzorger %1 heeft geen naam en wordt niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="488"/>
        <source>Number %1 is temporary (it begins with #) and may change in a later export; the student is found again by name and date of birth</source>
        <translation>Nummer %1 is tijdelijk (het begint met #) en kan in een volgende export anders zijn; de leerling wordt teruggevonden op naam en geboortedatum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="496"/>
        <source>Found on record as %1 %2 by name only (no date of birth on both sides to compare)</source>
        <translation>Gevonden als %1 %2, alleen op naam (er is niet aan beide kanten een geboortedatum om te vergelijken)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="504"/>
        <source>The temporary number %1 is on record for another student (%2, not in this file by name and date of birth); give one of them another number in the app</source>
        <translation>Het tijdelijke nummer %1 hoort al bij een andere leerling (%2, op naam en geboortedatum niet in dit bestand); geef een van beiden in de app een ander nummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="513"/>
        <source>This is %1 %2 on record, whose number would become %3; but %3 is on record for %4, who is not in this file</source>
        <translation>Dit is %1 %2, wiens nummer %3 zou worden; maar %3 hoort al bij %4, die niet in dit bestand staat</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="524"/>
        <source>%1 students match %2 by name and date of birth: not matched to a student on record; check the numbers in the app</source>
        <translation>%1 leerlingen passen bij %2 op naam en geboortedatum: niet aan een bestaande leerling gekoppeld; controleer de nummers in de app</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="533"/>
        <source>%1 is empty: imported without a date of birth (the student is on the worklist “Date of birth missing” until it is entered)</source>
        <translation>%1 is leeg: geïmporteerd zonder geboortedatum (de leerling staat op de werklijst “Geboortedatum ontbreekt” tot die is ingevuld)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="541"/>
        <source>%1 %2 left on %3 but is in this file; change it in the app if they are back</source>
        <translation>%1 %2 is vertrokken op %3 maar staat in dit bestand; pas het aan in de app als de leerling terug is</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="551"/>
        <source>%1: %2 is not a known name use; the own surname is used</source>
        <translation>%1: %2 is geen bekend naamgebruik; de eigen achternaam wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="559"/>
        <source>%1: %2 is not ouder, leerling or medewerker</source>
        <translation>%1: %2 is geen ouder, leerling of medewerker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="561"/>
        <source>The row has no ja/nee answers</source>
        <translation>De rij heeft geen antwoorden ja of nee</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="563"/>
        <source>%1: %2 is before the date of birth of %3</source>
        <translation>%1: %2 ligt vóór de geboortedatum van %3</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="569"/>
        <source>The same statement as %1; it is added once</source>
        <translation>Dezelfde verklaring als %1; die wordt één keer toegevoegd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="573"/>
        <source>%1 is empty: fill in ouder, leerling or medewerker</source>
        <translation>%1 is leeg: vul ouder, leerling of medewerker in</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="578"/>
        <source>Number %1 is used at several schools (%2): add a school column or choose the school</source>
        <translation>Nummer %1 wordt op meer scholen gebruikt (%2): voeg een kolom met de school toe of kies de school</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="586"/>
        <source>%1: %2 is not the name of %3</source>
        <translation>%1: %2 is niet de naam van %3</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="592"/>
        <source>%1 fits several guardians (%2)</source>
        <translation>%1 past bij meer ouders/verzorgers (%2)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="597"/>
        <source>%1 has no parental authority for %2: the statement is kept but does not count</source>
        <translation>%1 heeft geen ouderlijk gezag over %2: de verklaring wordt bewaard maar telt niet mee</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="610"/>
        <source>last digits of the BSN</source>
        <translation>laatste cijfers van het BSN</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="611"/>
        <source>given names</source>
        <translation>voornamen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="612"/>
        <source>initials</source>
        <translation>voorletters</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="613"/>
        <source>gender</source>
        <translation>geslacht</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="614"/>
        <source>country of birth</source>
        <translation>geboorteland</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="615"/>
        <source>parents&apos; country of birth</source>
        <translation>geboorteland van de ouders</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="616"/>
        <source>ethnicity</source>
        <translation>etniciteit</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="617"/>
        <source>student weight</source>
        <translation>leerlinggewicht</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="618"/>
        <source>postal code</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="619"/>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="620"/>
        <source>user name</source>
        <translation>gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="621"/>
        <source>photo address</source>
        <translation>adres van een foto</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="622"/>
        <source>start of group 3</source>
        <translation>start groep 3</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="623"/>
        <source>location</source>
        <translation>vestiging</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="624"/>
        <source>supplier additions</source>
        <translation>toevoegingen van de leverancier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="644"/>
        <source>other elements: %1</source>
        <translation>andere elementen: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="646"/>
        <source>Left out of the teachers (the app does not need it): %1</source>
        <translation>Niet overgenomen van de leerkrachten (de app heeft het niet nodig): %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="650"/>
        <source>Left out of the students (the app does not need it): %1</source>
        <translation>Niet overgenomen van de leerlingen (de app heeft het niet nodig): %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="658"/>
        <source>Read as %1 (Flemish)</source>
        <translation>Gelezen als %1 (Vlaams)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="659"/>
        <source>Read as %1</source>
        <translation>Gelezen als %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="668"/>
        <source>The rows above the header (row %1) were skipped</source>
        <translation>De rijen boven de kolomnamen (rij %1) zijn overgeslagen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="671"/>
        <source>Values in columns without a header were ignored</source>
        <translation>Waarden in kolommen zonder kolomnaam zijn niet gebruikt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="675"/>
        <source>Cells with formulas: %1; their saved results were used</source>
        <translation>Cellen met formules: %1; de opgeslagen uitkomsten zijn gebruikt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="678"/>
        <source>The file is not UTF-8 as it says: it was read as Windows-1252</source>
        <translation>Het bestand is niet in UTF-8, zoals het zelf zegt: het is gelezen als Windows-1252</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="684"/>
        <source>Teachers of composite groups are not linked to a class (a composite group is not a class in Korre): %1</source>
        <translation>Leerkrachten van samengestelde groepen worden niet aan een klas gekoppeld (een samengestelde groep is in Korre geen klas): %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="692"/>
        <source>Teachers refer to groups the file does not define: %1</source>
        <translation>Leerkrachten verwijzen naar groepen die niet in het bestand staan: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="696"/>
        <source>Staff without appointments in %1: %2 (dossiers %3); no function, employment or dates from there</source>
        <translation>Medewerkers zonder aanstelling in %1: %2 (dossiers %3); daaruit geen functie, dienstverband of datums</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="706"/>
        <source>Appointments in %1 without a person in %2: %3 (dossiers %4); not imported</source>
        <translation>Aanstellingen in %1 zonder medewerker in %2: %3 (dossiers %4); niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="716"/>
        <source>Column %1 holds numbers, not text, in the workbook: leading zeros may have been lost there (format the column as text)</source>
        <translation>Kolom %1 bevat in de werkmap getallen, geen tekst: voorloopnullen kunnen daar verloren zijn (maak de kolom op als tekst)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="724"/>
        <source>New staff without an employment type in the file: %1; recorded as unknown</source>
        <translation>Nieuwe medewerkers zonder dienstverband in het bestand: %1; vastgelegd als onbekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="731"/>
        <source>New staff without a start date in the file: %1; recorded as unknown (not overdue for the protocol until it is known)</source>
        <translation>Nieuwe medewerkers zonder begindatum in het bestand: %1; vastgelegd als onbekend (niet te laat voor het protocol zolang die onbekend is)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="739"/>
        <source>Employee %1 is in the file more than once with other dates (%2): the current one (%3) is used</source>
        <translation>Medewerker %1 staat meer dan eens in het bestand met andere datums (%2): de huidige (%3) wordt gebruikt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="749"/>
        <source>Teacher %1 %2 is %3 on record (the same e-mail address)</source>
        <translation>Leerkracht %1 %2 is al bekend als %3 (hetzelfde e-mailadres)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="755"/>
        <source>The file has no date of birth: new students imported without one: %1 (they are on the worklist “Date of birth missing”)</source>
        <translation>Het bestand heeft geen geboortedatum: nieuwe leerlingen zonder geboortedatum geïmporteerd: %1 (ze staan op de werklijst “Geboortedatum ontbreekt”)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="763"/>
        <source>Composite group %1 (students: %2) is not imported as a class: a student has one class per school year in Korre</source>
        <translation>Samengestelde groep %1 (leerlingen: %2) wordt niet als klas geïmporteerd: een leerling heeft in Korre één klas per schooljaar</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="781"/>
        <source>A remark about the file the app cannot describe (code %1)</source>
        <translation>Een opmerking over het bestand die de app niet kan omschrijven (code %1)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="792"/>
        <source>school year %1</source>
        <translation>schooljaar %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="794"/>
        <source>class %1 (%2)</source>
        <translation>klas %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="797"/>
        <source>guardian %1 of %2 (%3), with parental authority</source>
        <translation>ouder/verzorger %1 van %2 (%3), met ouderlijk gezag</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="811"/>
        <source>a record the app cannot describe (code %1)</source>
        <translation>een gegeven dat de app niet kan omschrijven (code %1)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="827"/>
        <source>Guardian %1</source>
        <translation>Ouder/verzorger %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="830"/>
        <source>Student number</source>
        <translation>Leerlingnummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="831"/>
        <source>Staff number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="833"/>
        <source>Name use</source>
        <translation>Naamgebruik</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="834"/>
        <source>Teacher of class</source>
        <translation>Leerkracht van klas</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="841"/>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="849"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="849"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="857"/>
        <source>(new)</source>
        <translation>(nieuw)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="859"/>
        <source>(already on record)</source>
        <translation>(al geregistreerd)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="869"/>
        <source>%1, signed by %2 on %3</source>
        <translation>%1, ondertekend door %2 op %3</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="886"/>
        <source>The import cannot go on: a problem the app cannot describe (code %1).</source>
        <translation>Het importeren kan niet verder: een probleem dat de app niet kan omschrijven (code %1).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="897"/>
        <source>Line %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="899"/>
        <source>Row %1</source>
        <translation>Rij %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="906"/>
        <source>The file is %1 MB; at most %2 MB can be imported.</source>
        <translation>Het bestand is %1 MB; er kan hoogstens %2 MB worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="912"/>
        <source>The file is larger than %1 MB: too large to import.</source>
        <translation>Het bestand is groter dan %1 MB: te groot om te importeren.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="915"/>
        <source>A row of the worksheet is too large.</source>
        <translation>Een rij van het werkblad is te groot.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="921"/>
        <source>A double quote (&quot;) on this row does not close: the next rows (%1) were read as part of its value. Correct the quote in the file.</source>
        <translation>Een aanhalingsteken (&quot;) in deze rij sluit niet: de volgende rijen (%1) zijn gelezen als deel van de waarde. Verbeter het aanhalingsteken in het bestand.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="929"/>
        <source>The file ends inside a value between double quotes (&quot;): a quote does not close.</source>
        <translation>Het bestand eindigt binnen een waarde tussen aanhalingstekens (&quot;): een aanhalingsteken sluit niet.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="933"/>
        <source>This line cannot be read as CSV.</source>
        <translation>Deze regel kan niet als CSV worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="937"/>
        <source>a tab</source>
        <translation>een tab</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="942"/>
        <source>The row has %1 values where the header has %2.</source>
        <translation>De rij heeft %1 waarden, de kolomnamen zijn er %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="948"/>
        <source>This row seems separated by %1 while the header uses %2 (mixed separators).</source>
        <translation>Deze rij lijkt gescheiden door %1, de kolomnamen door %2 (gemengde scheidingstekens).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="957"/>
        <source>A value may contain %1 without quotes around it.</source>
        <translation>Misschien bevat een waarde %1 zonder aanhalingstekens eromheen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="966"/>
        <source>The header has %1 columns; at most %2 can be imported.</source>
        <translation>De rij met kolomnamen heeft %1 kolommen; er kunnen er hoogstens %2 worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="971"/>
        <source>Values reach column %1; at most %2 columns can be imported.</source>
        <translation>Er staan waarden tot in kolom %1; er kunnen hoogstens %2 kolommen worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="980"/>
        <source>The mapping file %1 was not found.</source>
        <translation>Het bestand met de kolomindeling %1 is niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="984"/>
        <source>The mapping file is not valid JSON (line %1).</source>
        <translation>Het bestand met de kolomindeling is geen geldige JSON (regel %1).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="986"/>
        <source>The mapping file %1 cannot be read.</source>
        <translation>Het bestand met de kolomindeling %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1000"/>
        <source>Rows with errors: %1. Nothing was imported.</source>
        <translation>Rijen met fouten: %1. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1005"/>
        <source>The first, %1: %2.</source>
        <translation>De eerste, %1: %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1014"/>
        <source>The file&apos;s school year %1 is not a school year like 2026-2027.</source>
        <translation>Het schooljaar van het bestand, %1, is geen schooljaar zoals 2026-2027.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1018"/>
        <source>%1 is not a school year like 2026-2027.</source>
        <translation>%1 is geen schooljaar zoals 2026-2027.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1029"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 is een map, geen bestand.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1032"/>
        <source>The file %1 was not found.</source>
        <translation>Het bestand %1 is niet gevonden.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1036"/>
        <source>%1 cannot be opened: it is open in another program (close it in Excel), or you may not read it.</source>
        <translation>%1 kan niet worden geopend: het is open in een ander programma (sluit het in Excel), of u mag het niet lezen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1043"/>
        <source>%1 cannot be read.</source>
        <translation>%1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1044"/>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1045"/>
        <source>The file is damaged and cannot be read.</source>
        <translation>Het bestand is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1046"/>
        <source>This is an old Excel file (.xls) or a workbook with a password: save it as .xlsx or CSV without a password.</source>
        <translation>Dit is een oud Excel-bestand (.xls) of een werkmap met een wachtwoord: sla het op als .xlsx of CSV, zonder wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1051"/>
        <source>This is a PDF, not a table: export the data as CSV or Excel (XLSX).</source>
        <translation>Dit is een PDF, geen tabel: exporteer de gegevens als CSV of Excel (XLSX).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1054"/>
        <source>This XML file is not an EDEXML export of students.</source>
        <translation>Dit XML-bestand is geen EDEXML-export van leerlingen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1057"/>
        <source>This XML file is refused: it holds parts that are not safe to read.</source>
        <translation>Dit XML-bestand wordt geweigerd: het bevat onderdelen die niet veilig te lezen zijn.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1061"/>
        <source>This is an error message of a UWLR service, not student data: %1</source>
        <translation>Dit is een foutmelding van een UWLR-dienst, geen leerlinggegevens: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1064"/>
        <source>no reason given</source>
        <translation>geen reden opgegeven</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1067"/>
        <source>Column %1 holds %2 characters; at most %3 can be imported.</source>
        <translation>Kolom %1 bevat %2 tekens; er kunnen er hoogstens %3 worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1074"/>
        <source>The header row has only one column: is the column separator ; , or tab?</source>
        <translation>De rij met kolomnamen heeft maar één kolom: is het scheidingsteken ; , of tab?</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1079"/>
        <source>The header row has only one column.</source>
        <translation>De rij met kolomnamen heeft maar één kolom.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1082"/>
        <source>The file has more than %1 rows of data: too many to import.</source>
        <translation>Het bestand heeft meer dan %1 rijen met gegevens: te veel om te importeren.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1085"/>
        <source>The file has a header row but no data rows.</source>
        <translation>Het bestand heeft een rij met kolomnamen maar geen rijen met gegevens.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1090"/>
        <source>Byte 0x%1 is not text in UTF-8 or Windows-1252: save the file as CSV UTF-8 and try again.</source>
        <translation>Byte 0x%1 is geen tekst in UTF-8 of Windows-1252: sla het bestand op als CSV UTF-8 en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1097"/>
        <source>The file holds a NUL byte: it is not a CSV text file.</source>
        <translation>Het bestand bevat een NUL-byte: het is geen CSV-tekstbestand.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1101"/>
        <source>The workbook would unpack far too large: it is refused.</source>
        <translation>De werkmap zou veel te groot uitpakken: hij wordt geweigerd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1104"/>
        <source>The workbook is protected with a password: save it without one.</source>
        <translation>De werkmap is beveiligd met een wachtwoord: sla hem op zonder wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1107"/>
        <source>This zip file is not an Excel workbook (.xlsx).</source>
        <translation>Dit zip-bestand is geen Excel-werkmap (.xlsx).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1110"/>
        <source>The workbook has no visible worksheet with data.</source>
        <translation>De werkmap heeft geen zichtbaar werkblad met gegevens.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1114"/>
        <source>A value lies far below the table, in row %1: delete the empty rows above it, or that value, and save again.</source>
        <translation>Er staat een waarde ver onder de tabel, in rij %1: verwijder de lege rijen erboven, of die waarde, en sla opnieuw op.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1122"/>
        <source>The worksheet&apos;s used range has %1 cells; at most %2 can be imported.</source>
        <translation>Het gebruikte bereik van het werkblad heeft %1 cellen; er kunnen er hoogstens %2 worden geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1129"/>
        <source>Cell %1 holds a formula whose result is not saved in the file: open it in Excel and save it, or replace the formulas by their values.</source>
        <translation>Cel %1 bevat een formule waarvan de uitkomst niet in het bestand is opgeslagen: open het in Excel en sla het op, of vervang de formules door hun waarden.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1137"/>
        <source>Cell %1 holds the Excel error %2.</source>
        <translation>Cel %1 bevat de Excel-fout %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1143"/>
        <source>%1 holds the appointments and %2 the persons: choose the persons file first, then the appointments.</source>
        <translation>%1 bevat de aanstellingen en %2 de medewerkers: kies eerst het bestand met medewerkers, dan de aanstellingen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1152"/>
        <source>%1 holds appointments, not persons: choose the persons file first, then the appointments.</source>
        <translation>%1 bevat aanstellingen, geen medewerkers: kies eerst het bestand met medewerkers, dan de aanstellingen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1160"/>
        <source>%1 holds persons, not appointments: the second file is the appointments file (Aanstellingen).</source>
        <translation>%1 bevat medewerkers, geen aanstellingen: het tweede bestand is het bestand met aanstellingen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1168"/>
        <source>%1 has no column [Dossiernummer] or [Dossiernummer_2] to join the appointments on.</source>
        <translation>%1 heeft geen kolom [Dossiernummer] of [Dossiernummer_2] om de aanstellingen aan te koppelen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1173"/>
        <source>%1 has no column [Dossiernummer] to join the persons on.</source>
        <translation>%1 heeft geen kolom [Dossiernummer] om de medewerkers aan te koppelen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1178"/>
        <source>There is no school %1 (schools: %2); add it in the app first.</source>
        <translation>Er is geen school %1 (scholen: %2); voeg de school eerst toe in de app.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1183"/>
        <source>No school has BRIN number %1 (schools: %2): choose the school, or add the BRIN number to the school in the app.</source>
        <translation>Geen school heeft BRIN-nummer %1 (scholen: %2): kies de school, of vul het BRIN-nummer in bij de school in de app.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1191"/>
        <source>There are no schools yet: add the school in the app first.</source>
        <translation>Er zijn nog geen scholen: voeg eerst de school toe in de app.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1195"/>
        <source>Choose the school (schools: %1).</source>
        <translation>Kies de school (scholen: %1).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1198"/>
        <source>Several schools fit (%1): choose one.</source>
        <translation>Er passen meer scholen (%1): kies er één.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1202"/>
        <source>The file is for school year %1, not %2.</source>
        <translation>Het bestand is voor schooljaar %1, niet voor %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1207"/>
        <source>Unknown kind of import: %1.</source>
        <translation>Onbekende soort import: %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1210"/>
        <source>The columns chosen are for %1, not for %2.</source>
        <translation>De gekozen kolommen zijn voor %1, niet voor %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1214"/>
        <source>The mapping file must be a JSON object of field: column.</source>
        <translation>Het bestand met de kolomindeling moet een JSON-object zijn van gegeven: kolom.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1218"/>
        <source>The mapping names a field that does not exist here: %1.</source>
        <translation>De kolomindeling noemt een gegeven dat hier niet bestaat: %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1222"/>
        <source>The mapping&apos;s column %1 for %2 is not in the file.</source>
        <translation>De kolom %1 voor %2 staat niet in het bestand.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1228"/>
        <source>No column was found for: %1.</source>
        <translation>Geen kolom gevonden voor: %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1230"/>
        <source>An EDEXML file holds students and teachers, no consent register.</source>
        <translation>Een EDEXML-bestand bevat leerlingen en leerkrachten, geen toestemmingsregistratie.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1234"/>
        <source>Not on the current consent form (%1): %2.</source>
        <translation>Niet op het huidige toestemmingsformulier (%1): %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1240"/>
        <source>Only students missing from a file can be marked as left.</source>
        <translation>Alleen leerlingen die niet in een bestand staan, kunnen als vertrokken worden gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1244"/>
        <source>%1 %2 cannot leave on %3: that is before %4. Nothing was imported.</source>
        <translation>%1 %2 kan niet vertrekken op %3: dat is vóór %4. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/import_words.py" line="1253"/>
        <source>Records this import would add or change were changed meanwhile (on another computer, by another import or a scan). Nothing was imported: run it again.</source>
        <translation>Gegevens die deze import zou toevoegen of wijzigen, zijn intussen gewijzigd (op een andere computer, door een andere import of een scan). Er is niets geïmporteerd: voer het opnieuw uit.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../korre_desktop/gui/language_menu.py" line="14"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/language_menu.py" line="43"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/language_menu.py" line="44"/>
        <source>The language changes the next time Korre Desktop starts.</source>
        <translation>De taal verandert de volgende keer dat Korre Desktop start.</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/leave_dialog.py" line="43"/>
        <source>Student leaves</source>
        <translation>Leerling vertrekt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/leave_dialog.py" line="45"/>
        <source>%1 leaves the school on this date. From this date on the student is no longer on lists; their data and history are kept.</source>
        <translation>%1 vertrekt op deze datum van school. Vanaf deze datum staat de leerling niet meer op lijsten; de gegevens en de geschiedenis blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/leave_dialog.py" line="48"/>
        <source>Employee leaves</source>
        <translation>Medewerker gaat uit dienst</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/leave_dialog.py" line="50"/>
        <source>%1 leaves employment on this date. From this date on the employee is no longer on lists; their data and history are kept.</source>
        <translation>%1 gaat op deze datum uit dienst. Vanaf deze datum staat de medewerker niet meer op lijsten; de gegevens en de geschiedenis blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.ui" line="6"/>
        <source>Leaving</source>
        <translation>Vertrek</translation>
    </message>
    <message>
        <location filename="../../ui/leave_dialog.ui" line="25"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ui/lock_page.ui" line="26"/>
        <source>&lt;h2&gt;Korre Desktop is locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Korre Desktop is vergrendeld&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/lock_page.ui" line="41"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/lock_page.ui" line="47"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/lock_page.ui" line="70"/>
        <source>Sign &amp;out</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <location filename="../../ui/lock_page.ui" line="76"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/log_dialog.py" line="44"/>
        <source>Entries: %1</source>
        <translation>Regels: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/log_dialog.py" line="57"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/log_dialog.py" line="68"/>
        <source>Entries: %1. Saved: %2</source>
        <translation>Regels: %1. Opgeslagen: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="180"/>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="182"/>
        <source>How to use Korre Desktop</source>
        <translation>Hoe u Korre Desktop gebruikt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="195"/>
        <source>Change &amp;password…</source>
        <translation>Wachtwoord &amp;wijzigen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="196"/>
        <source>Your own password on the server</source>
        <translation>Uw eigen wachtwoord op de server</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="198"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="199"/>
        <source>Hide all data until you type your password</source>
        <translation>Alle gegevens verbergen tot u uw wachtwoord typt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="200"/>
        <source>Sign o&amp;ut</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="201"/>
        <source>Close this session; someone else may sign in</source>
        <translation>Deze sessie sluiten; een ander kan zich aanmelden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="237"/>
        <source>Your password was changed.</source>
        <translation>Uw wachtwoord is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="296"/>
        <source>&amp;Records</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="340"/>
        <source>&amp;Print</source>
        <translation>&amp;Afdrukken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="366"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="374"/>
        <source>&amp;Consent forms…</source>
        <translation>&amp;Toestemmingsformulieren…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="376"/>
        <source>The consent form versions: channels, media, validity and texts</source>
        <translation>De versies van het toestemmingsformulier: kanalen, media, geldigheid en teksten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="379"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="380"/>
        <source>What the office may change</source>
        <translation>Wat de administratie kan instellen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="386"/>
        <source>&amp;Manage</source>
        <translation>B&amp;eheer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="427"/>
        <location filename="../../korre_desktop/gui/main_window.py" line="653"/>
        <location filename="../../korre_desktop/gui/main_window.py" line="740"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="443"/>
        <source>Warning: the database is on a network share or in a cloud-synced folder; move it to a local disk.</source>
        <translation>Let op: de database staat op een netwerkschijf of in een cloudmap; zet hem op een lokale schijf.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="450"/>
        <source>(in memory)</source>
        <translation>(in het geheugen)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="492"/>
        <source>Empty database</source>
        <translation>Lege database</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="508"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="650"/>
        <source>Demo data can only be loaded into an empty database.</source>
        <translation>Demogegevens kunnen alleen in een lege database worden geladen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="653"/>
        <source>Making demo data…</source>
        <translation>Demogegevens maken…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="669"/>
        <source>Cancelled: no demo data was saved.</source>
        <translation>Geannuleerd: er zijn geen demogegevens opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="687"/>
        <source>Export status as CSV</source>
        <translation>Status exporteren als CSV</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="687"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="702"/>
        <source>%1 people written to %2</source>
        <translation>%1 personen weggeschreven naar %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="715"/>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="715"/>
        <source>Database files (*.sqlite)</source>
        <translation>Databasebestanden (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="730"/>
        <source>Backup written: %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="740"/>
        <source>Checking the database…</source>
        <translation>De database controleren…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="763"/>
        <source>The check was cancelled.</source>
        <translation>De controle is afgebroken.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="770"/>
        <source>and %1 more</source>
        <translation>en nog %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="772"/>
        <source>The database has problems:</source>
        <translation>De database heeft problemen:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="779"/>
        <source>The database is in good order.</source>
        <translation>De database is in orde.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="801"/>
        <source>No automatic backup: %1</source>
        <translation>Geen automatische back-up: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="805"/>
        <source>Automatic backup</source>
        <translation>Automatische back-up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>Korre Desktop</source>
        <translation>Korre Desktop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="29"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="39"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="43"/>
        <source>E&amp;ntry</source>
        <translation>&amp;Invoeren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="51"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="55"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="65"/>
        <source>Entry</source>
        <translation>Invoeren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="76"/>
        <source>Load &amp;demo data…</source>
        <translation>&amp;Demogegevens laden…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="79"/>
        <source>&amp;Export status as CSV…</source>
        <translation>Status &amp;exporteren als CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="82"/>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="85"/>
        <source>&amp;Check database</source>
        <translation>Database &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="88"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="91"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="94"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="97"/>
        <source>Enter consent &amp;form…</source>
        <translation>&amp;Formulier invoeren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="100"/>
        <source>Enter signed &amp;protocol…</source>
        <translation>Ondertekend &amp;protocol invoeren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="103"/>
        <source>&amp;Withdraw consent…</source>
        <translation>Toestemming &amp;intrekken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="106"/>
        <source>Protocol &amp;versions…</source>
        <translation>Protocol&amp;versies…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="109"/>
        <source>&amp;About Korre Desktop</source>
        <translation>&amp;Over Korre Desktop</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="111"/>
        <source>Manual – Korre Desktop</source>
        <translation>Handleiding – Korre Desktop</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="119"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="124"/>
        <source>Manual text</source>
        <translation>Tekst van de handleiding</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="126"/>
        <source>C&amp;ontents</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="141"/>
        <source>Search in the manual (Ctrl+F)</source>
        <translation>Zoeken in de handleiding (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="142"/>
        <source>Search in the manual</source>
        <translation>Zoeken in de handleiding</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="144"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="146"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="147"/>
        <source>Find previous (Shift+F3)</source>
        <translation>Vorige zoeken (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="148"/>
        <source>&amp;Next</source>
        <translation>Vo&amp;lgende</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="149"/>
        <source>Find next (Enter or F3)</source>
        <translation>Volgende zoeken (Enter of F3)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="151"/>
        <source>Search result</source>
        <translation>Zoekresultaat</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="153"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="154"/>
        <source>Close the manual</source>
        <translation>De handleiding sluiten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="170"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="269"/>
        <source>The manual could not be found: %1 is missing from the installation. Install Korre Desktop again.</source>
        <translation>De handleiding is niet gevonden: %1 ontbreekt in de installatie. Installeer Korre Desktop opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="392"/>
        <source>Not found</source>
        <translation>Niet gevonden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/manual.py" line="401"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
</context>
<context>
    <name>MessageViewer</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="69"/>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="83"/>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="69"/>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="92"/>
        <source>(no name)</source>
        <translation>(zonder naam)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="82"/>
        <source>(no subject)</source>
        <translation>(geen onderwerp)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="87"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="89"/>
        <source>(This e-mail has no text.)</source>
        <translation>(Deze e-mail heeft geen tekst.)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="97"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="109"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="117"/>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="118"/>
        <source>Outlook e-mail (*.msg)</source>
        <translation>Outlook-e-mail (*.msg)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="119"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="124"/>
        <source>Save e-mail as</source>
        <translation>E-mail opslaan als</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="141"/>
        <source>Not saved: %1 cannot be written (is the folder read-only, or is the file open in another program?)</source>
        <translation>Niet opgeslagen: %1 kan niet worden geschreven (is de map alleen-lezen, of is het bestand open in een ander programma?)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/message_viewer.py" line="148"/>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="6"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="20"/>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="27"/>
        <source>Sender</source>
        <translation>Afzender</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="32"/>
        <source>&amp;To:</source>
        <translation>&amp;Aan:</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="39"/>
        <source>Recipients</source>
        <translation>Ontvangers</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="44"/>
        <source>&amp;CC:</source>
        <translation>&amp;CC:</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="51"/>
        <source>Copies to</source>
        <translation>Kopie aan</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="56"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="63"/>
        <source>Sent on</source>
        <translation>Verzonden op</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="68"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="75"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="82"/>
        <source>&amp;Message:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="91"/>
        <source>Text of the e-mail</source>
        <translation>Tekst van de e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="96"/>
        <source>Only the first part of this long text is shown; save the e-mail to read all of it in an e-mail program.</source>
        <translation>Alleen het eerste deel van deze lange tekst staat hier; sla de e-mail op om alles te lezen in een e-mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="102"/>
        <source>&amp;Attachments:</source>
        <translation>B&amp;ijlagen:</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="109"/>
        <source>Attachments of the e-mail</source>
        <translation>Bijlagen van de e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="117"/>
        <source>Sa&amp;ve as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="118"/>
        <source>Save the original e-mail as a file</source>
        <translation>De oorspronkelijke e-mail opslaan als bestand</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="133"/>
        <source>C&amp;lose</source>
        <translation>S&amp;luiten</translation>
    </message>
    <message>
        <location filename="../../ui/message_viewer.ui" line="134"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../korre_desktop/gui/widgets/person_picker.py" line="35"/>
        <source>Type part of a name or number</source>
        <translation>Typ een deel van de naam of het nummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/person_picker.py" line="37"/>
        <source>Person: part of a name or number</source>
        <translation>Persoon: deel van naam of nummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/person_picker.py" line="85"/>
        <source>%1 years</source>
        <translation>%1 jaar</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/person_picker.py" line="87"/>
        <source>left on %1</source>
        <translation>vertrokken op %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/widgets/person_picker.py" line="107"/>
        <source>Nobody found</source>
        <translation>Niemand gevonden</translation>
    </message>
</context>
<context>
    <name>PressReportDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_report_dialog.py" line="53"/>
        <source>The employee&apos;s school</source>
        <translation>De school van de medewerker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_report_dialog.py" line="57"/>
        <source>Choose a member of management</source>
        <translation>Kies iemand van de directie</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="6"/>
        <source>New press report</source>
        <translation>Nieuwe persmelding</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="10"/>
        <source>An employee approached by the press after a social-media message reports it to management at once (protocol 2.4). The report is kept as entered: it cannot be changed afterwards.</source>
        <translation>Een medewerker die na een bericht op sociale media door de pers wordt benaderd, meldt dat direct aan de directie (protocol 2.4). De melding blijft zoals ze is ingevoerd: ze kan achteraf niet gewijzigd worden.</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="25"/>
        <source>&amp;Date of contact:</source>
        <translation>&amp;Datum contact:</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="48"/>
        <source>&amp;Employee:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="69"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="92"/>
        <source>Med&amp;ium:</source>
        <translation>Medi&amp;um:</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="101"/>
        <source>For example Dagblad van het Noorden or RTV Drenthe</source>
        <translation>Bijvoorbeeld Dagblad van het Noorden of RTV Drenthe</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="114"/>
        <source>Su&amp;bject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="135"/>
        <source>&amp;Reported to:</source>
        <translation>&amp;Gemeld aan:</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="158"/>
        <source>&amp;Note:</source>
        <translation>O&amp;pmerking:</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="173"/>
        <source>&amp;Attachment:</source>
        <translation>&amp;Bijlage:</translation>
    </message>
    <message>
        <location filename="../../ui/press_report_dialog.ui" line="182"/>
        <source>Optional: the e-mail or letter about the contact, as a PDF, a photo or scan, or an e-mail saved as .eml</source>
        <translation>Niet verplicht: de e-mail of brief over het contact, als pdf, foto of scan, of als e-mail bewaard als .eml</translation>
    </message>
</context>
<context>
    <name>PressReportsDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="60"/>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="73"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="77"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="78"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="79"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="80"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="82"/>
        <source>Reported to</source>
        <translation>Gemeld aan</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="86"/>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="135"/>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="116"/>
        <source>Select a report to see its note.</source>
        <translation>Kies een melding om de opmerking te zien.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="119"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/press_reports_dialog.py" line="120"/>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <location filename="../../ui/press_reports_dialog.ui" line="6"/>
        <location filename="../../ui/press_reports_dialog.ui" line="36"/>
        <source>Press reports</source>
        <translation>Persmeldingen</translation>
    </message>
    <message>
        <location filename="../../ui/press_reports_dialog.ui" line="10"/>
        <source>Press contact after a social-media message, reported to management (protocol 2.4). A report is kept as it was entered: it cannot be changed or removed.</source>
        <translation>Perscontact na een bericht op sociale media, gemeld aan de directie (protocol 2.4). Een melding blijft zoals ze is ingevoerd: ze kan niet gewijzigd of verwijderd worden.</translation>
    </message>
    <message>
        <location filename="../../ui/press_reports_dialog.ui" line="18"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/press_reports_dialog.ui" line="57"/>
        <source>&amp;New press report…</source>
        <translation>&amp;Nieuwe persmelding…</translation>
    </message>
    <message>
        <location filename="../../ui/press_reports_dialog.ui" line="62"/>
        <source>View &amp;attachment</source>
        <translation>&amp;Bijlage bekijken</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../korre_desktop/gui/print_actions.py" line="38"/>
        <source>&amp;No-photo list…</source>
        <translation>Lijst &apos;geen &amp;foto&apos;…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/print_actions.py" line="41"/>
        <source>Print who may not be photographed, filmed or recorded, per class or trip</source>
        <translation>Afdrukken wie niet gefotografeerd, gefilmd of opgenomen mag worden, per klas of reis</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/print_actions.py" line="44"/>
        <source>&amp;Worklists as PDF…</source>
        <translation>&amp;Werklijsten als PDF…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/print_actions.py" line="46"/>
        <source>Print the worklists: protocols, turned 16, conflicts, missing forms</source>
        <translation>De werklijsten afdrukken: protocollen, 16 geworden, conflicten, ontbrekende formulieren</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="47"/>
        <source>Give the trip group a name.</source>
        <translation>Geef de reisgroep een naam.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="48"/>
        <source>The name is too long.</source>
        <translation>De naam is te lang.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="49"/>
        <source>There is already a trip group with this name on this date.</source>
        <translation>Er is al een reisgroep met deze naam op deze datum.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="52"/>
        <source>Add at least one student.</source>
        <translation>Voeg minstens één leerling toe.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="59"/>
        <source>Nobody at this school is on the list on this date.</source>
        <translation>Op deze datum staat niemand van deze school op de lijst.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="62"/>
        <source>This class is not in the school year of this date.</source>
        <translation>Deze klas bestaat niet in het schooljaar van deze datum.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="65"/>
        <source>This school is not on record.</source>
        <translation>Deze school is niet bekend.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="66"/>
        <source>Choose who is on the list first.</source>
        <translation>Kies eerst wie op de lijst staat.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/printing.py" line="49"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/printing.py" line="55"/>
        <source>The printer stopped.</source>
        <translation>De printer is gestopt.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/printing.py" line="35"/>
        <location filename="../../ui/print_dialog.ui" line="6"/>
        <source>Print</source>
        <translation>Afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="16"/>
        <source>Who is on the list</source>
        <translation>Wie staat op de lijst</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="22"/>
        <source>C&amp;lass(es)</source>
        <translation>&amp;Klas(sen)</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="28"/>
        <source>&amp;Whole school</source>
        <translation>&amp;Hele school</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="33"/>
        <source>&amp;Trip group</source>
        <translation>&amp;Reisgroep</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="48"/>
        <source>S&amp;chool:</source>
        <translation>S&amp;chool:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="57"/>
        <source>Cl&amp;asses:</source>
        <translation>Kla&amp;ssen:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="68"/>
        <source>Cl&amp;ass:</source>
        <translation>K&amp;las:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="77"/>
        <source>Trip &amp;group:</source>
        <translation>Reis&amp;groep:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="92"/>
        <source>&amp;New trip group…</source>
        <translation>&amp;Nieuwe reisgroep…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="104"/>
        <source>New trip group: students from any class</source>
        <translation>Nieuwe reisgroep: leerlingen uit alle klassen</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="109"/>
        <source>Na&amp;me:</source>
        <translation>Naa&amp;m:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="118"/>
        <source>Trip &amp;date:</source>
        <translation>Reis&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="197"/>
        <source>Save tr&amp;ip group</source>
        <translation>Reisgroep op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="267"/>
        <source>Pr&amp;eview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="139"/>
        <source>Add st&amp;udent:</source>
        <translation>Leerling &amp;toevoegen:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="148"/>
        <source>&amp;A whole class:</source>
        <translation>&amp;Een hele klas:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="161"/>
        <source>Add the whole &amp;class</source>
        <translation>Hele k&amp;las toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="173"/>
        <source>Students:</source>
        <translation>Leerlingen:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="187"/>
        <source>&amp;Remove student</source>
        <translation>Leerling verw&amp;ijderen</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="215"/>
        <source>&amp;Valid on:</source>
        <translation>Geldig &amp;op:</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="253"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="272"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="277"/>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/print_dialog.ui" line="287"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>PrintForms</name>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="257"/>
        <source>Nobody to print forms for: the class or school has nobody on the list for this date.</source>
        <translation>Er is niemand om formulieren voor af te drukken: de klas of school heeft op deze datum niemand op de lijst.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="261"/>
        <source>There is no protocol version for this group yet. Add one first (Protocol versions).</source>
        <translation>Er is nog geen protocolversie voor deze groep. Voeg er eerst een toe (Protocolversies).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="265"/>
        <source>There is no consent form version.</source>
        <translation>Er is geen versie van het toestemmingsformulier.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="266"/>
        <source>This consent form version asks about more channels than fit on one answer page. Make a version with fewer channels.</source>
        <translation>Deze versie van het toestemmingsformulier vraagt naar meer kanalen dan op één antwoordblad passen. Maak een versie met minder kanalen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="271"/>
        <source>This class is not in the school year of the print date.</source>
        <translation>Deze klas hoort niet bij het schooljaar van de afdrukdatum.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="274"/>
        <source>This school is not known.</source>
        <translation>Deze school is niet bekend.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="275"/>
        <source>Student %1 is not on the lists on the print date.</source>
        <translation>Leerling %1 staat op de afdrukdatum niet op de lijsten.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="278"/>
        <source>Number %1 is used at several schools: choose students of one school at a time.</source>
        <translation>Nummer %1 komt op meer scholen voor: kies de leerlingen per school.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="282"/>
        <source>The PDF file cannot be written: it is open in another program or not writable.</source>
        <translation>Het pdf-bestand kan niet worden opgeslagen: het is geopend in een ander programma of niet schrijfbaar.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="286"/>
        <source>The PDF file cannot be written there: %1</source>
        <translation>Het pdf-bestand kan daar niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="287"/>
        <source>Forms were printed elsewhere at the same time. Please try again.</source>
        <translation>Er werden tegelijk elders formulieren gemaakt. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>PrintFormsDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="75"/>
        <source>Print consent forms</source>
        <translation>Toestemmingsformulieren afdrukken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="78"/>
        <source>One form per person to take home. Students under 16 get one form for each guardian with parental authority; older students and staff sign themselves.</source>
        <translation>Eén formulier per persoon om mee naar huis te geven. Leerlingen onder de 16 krijgen een formulier voor elke ouder/verzorger met ouderlijk gezag; oudere leerlingen en personeel tekenen zelf.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="82"/>
        <source>Print protocol sheets</source>
        <translation>Protocolformulieren afdrukken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="85"/>
        <source>One signature sheet per person for the current version of the social-media protocol.</source>
        <translation>Eén tekenformulier per persoon voor de geldende versie van het protocol sociale media.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="89"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="190"/>
        <source>Add the students to print forms for.</source>
        <translation>Voeg de leerlingen toe voor wie u formulieren wilt afdrukken.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="192"/>
        <source>This school has no classes in this school year.</source>
        <translation>Deze school heeft dit schooljaar geen klassen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="194"/>
        <source>Choose a school.</source>
        <translation>Kies een school.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="202"/>
        <source>%1 forms for %2 people.</source>
        <translation>%1 formulieren voor %2 personen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/forms_actions.py" line="208"/>
        <source>%1 students under 16 have no guardian with parental authority on record: their form leaves the signer&apos;s name blank.</source>
        <translation>Van %1 leerlingen onder de 16 is geen ouder/verzorger met ouderlijk gezag bekend: op hun formulier blijft de naam van de ondertekenaar open.</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="7"/>
        <source>Print forms</source>
        <translation>Formulieren afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="18"/>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="22"/>
        <source>The s&amp;tudents of a class</source>
        <translation>De leerlingen van een &amp;klas</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="28"/>
        <source>C&amp;hosen students</source>
        <translation>&amp;Gekozen leerlingen</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="33"/>
        <source>All &amp;staff of a school</source>
        <translation>Al het &amp;personeel van een school</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="44"/>
        <source>S&amp;chool:</source>
        <translation>S&amp;chool:</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="53"/>
        <source>C&amp;lass:</source>
        <translation>K&amp;las:</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="62"/>
        <source>Add st&amp;udent:</source>
        <translation>Leerling &amp;toevoegen:</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="71"/>
        <source>Students:</source>
        <translation>Leerlingen:</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="85"/>
        <source>&amp;Remove student</source>
        <translation>Leerling verw&amp;ijderen</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="112"/>
        <source>Pr&amp;eview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="113"/>
        <source>The forms as they will be printed (they are made once: printing or saving them afterwards prints these)</source>
        <translation>De formulieren zoals ze worden afgedrukt (ze worden één keer gemaakt: daarna afdrukken of opslaan gebruikt deze)</translation>
    </message>
    <message>
        <location filename="../../ui/print_forms_dialog.ui" line="118"/>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
</context>
<context>
    <name>PrintListDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="137"/>
        <source>Print worklists</source>
        <translation>Werklijsten afdrukken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="140"/>
        <source>Who still owes a form or needs a follow-up on the date, one section per worklist. Optionally for one school or one class.</source>
        <translation>Wie op deze datum nog een formulier moet inleveren of opgevolgd moet worden, per werklijst een deel. Eventueel voor één school of één klas.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="144"/>
        <source>All schools</source>
        <translation>Alle scholen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="157"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="159"/>
        <source>Print no-photo list</source>
        <translation>Lijst &apos;geen foto&apos; afdrukken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="162"/>
        <source>Who may not be photographed, filmed or recorded on the date, sorted by surname, one page per class. Only consent counts: refused, conflict, missing and expired all print as not allowed.</source>
        <translation>Wie op deze datum niet gefotografeerd, gefilmd of opgenomen mag worden, op achternaam, één pagina per klas. Alleen toestemming telt: geweigerd, conflict, ontbreekt en verlopen worden allemaal als &apos;niet toegestaan&apos; afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="190"/>
        <source>No trip groups yet: make one</source>
        <translation>Nog geen reisgroepen: maak er een</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="223"/>
        <source>All classes</source>
        <translation>Alle klassen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="294"/>
        <source>students: %1</source>
        <translation>leerlingen: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="348"/>
        <source>%1 students of %2 added.</source>
        <translation>%1 leerlingen van %2 toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="397"/>
        <source>Trip group saved: %1</source>
        <translation>Reisgroep opgeslagen: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="416"/>
        <source>Choose a trip group, or make a new one.</source>
        <translation>Kies een reisgroep, of maak een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="420"/>
        <source>Choose a school.</source>
        <translation>Kies een school.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="426"/>
        <source>Tick at least one class.</source>
        <translation>Vink minstens één klas aan.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="451"/>
        <source>Making the list…</source>
        <translation>De lijst wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="468"/>
        <source>Page %v of %m</source>
        <translation>Pagina %v van %m</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="474"/>
        <source>Cancelled; nothing was saved or printed.</source>
        <translation>Geannuleerd; er is niets opgeslagen of afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="485"/>
        <source>That did not work; nothing was saved.</source>
        <translation>Dat is niet gelukt; er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="507"/>
        <source>Pages: %1.</source>
        <translation>Pagina&apos;s: %1.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="520"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="522"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="541"/>
        <source>Saved: %1 (pages: %2).</source>
        <translation>Opgeslagen: %1 (pagina&apos;s: %2).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/print_no_photo.py" line="572"/>
        <source>Sent to the printer (pages: %1).</source>
        <translation>Naar de printer gestuurd (pagina&apos;s: %1).</translation>
    </message>
</context>
<context>
    <name>ProtocolEntryDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_entry.py" line="38"/>
        <source>&amp;Add a protocol version…</source>
        <translation>Protocolversie &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_entry.py" line="46"/>
        <source>There is no protocol version yet: add the protocol document first.</source>
        <translation>Er is nog geen protocolversie: voeg eerst het protocoldocument toe.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_entry.py" line="111"/>
        <source>Choose the protocol version.</source>
        <translation>Kies de protocolversie.</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_entry_dialog.ui" line="6"/>
        <source>Enter signed protocol</source>
        <translation>Ondertekend protocol invoeren</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_entry_dialog.ui" line="17"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_entry_dialog.ui" line="24"/>
        <source>Protocol &amp;version:</source>
        <translation>Protocol&amp;versie:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_entry_dialog.ui" line="31"/>
        <source>P&amp;lace:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_entry_dialog.ui" line="38"/>
        <source>Signed &amp;on:</source>
        <translation>Ondertekend &amp;op:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_entry_dialog.ui" line="59"/>
        <source>No&amp;te:</source>
        <translation>No&amp;titie:</translation>
    </message>
</context>
<context>
    <name>ProtocolVersionsDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="35"/>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="45"/>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="36"/>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="45"/>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="51"/>
        <source>%1 · version %2 · in effect from %3</source>
        <translation>%1 · versie %2 · geldig vanaf %3</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="57"/>
        <source>no document</source>
        <translation>geen document</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="68"/>
        <source>Choose the protocol document</source>
        <translation>Kies het protocoldocument</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="97"/>
        <source>Choose the PDF first.</source>
        <translation>Kies eerst de PDF.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="116"/>
        <source>Give the version a label, for example 2026.</source>
        <translation>Geef de versie een naam, bijvoorbeeld 2026.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="86"/>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="117"/>
        <source>The protocol document must be a PDF.</source>
        <translation>Het protocoldocument moet een PDF zijn.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="118"/>
        <source>This version already exists for this group.</source>
        <translation>Deze versie bestaat al voor deze groep.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="127"/>
        <location filename="../../ui/protocol_versions_dialog.ui" line="37"/>
        <source>(none chosen)</source>
        <translation>(niets gekozen)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="147"/>
        <source>This version has no document.</source>
        <translation>Bij deze versie hoort geen document.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/protocol_versions.py" line="140"/>
        <source>Protocol %1</source>
        <translation>Protocol %1</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="6"/>
        <source>Protocol versions</source>
        <translation>Protocolversies</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="14"/>
        <source>&amp;Versions on record:</source>
        <translation>Vastgelegde ve&amp;rsies:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="21"/>
        <source>View &amp;document</source>
        <translation>Document &amp;bekijken</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="28"/>
        <source>Load a new version</source>
        <translation>Nieuwe versie laden</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="32"/>
        <source>Document (PDF):</source>
        <translation>Document (PDF):</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="38"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="43"/>
        <source>Version &amp;label:</source>
        <translation>Versie&amp;naam:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="48"/>
        <source>for example 2026</source>
        <translation>bijvoorbeeld 2026</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="52"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="59"/>
        <source>In &amp;effect from:</source>
        <translation>&amp;Geldig vanaf:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="80"/>
        <source>&amp;For:</source>
        <translation>&amp;Voor:</translation>
    </message>
    <message>
        <location filename="../../ui/protocol_versions_dialog.ui" line="87"/>
        <source>&amp;Add version</source>
        <translation>Versie t&amp;oevoegen</translation>
    </message>
</context>
<context>
    <name>ProtocolsTab</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/protocols.py" line="29"/>
        <source>Protocols</source>
        <translation>Protocollen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/protocols.py" line="34"/>
        <source>Current version</source>
        <translation>Huidige versie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/protocols.py" line="35"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PurgeActions</name>
    <message>
        <location filename="../../korre_desktop/gui/purge_actions.py" line="32"/>
        <source>Apply &amp;retention periods…</source>
        <translation>&amp;Bewaartermijnen toepassen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/purge_actions.py" line="34"/>
        <source>Remove the people who left longer ago than the retention periods allow</source>
        <translation>Verwijder wie langer geleden vertrok dan de bewaartermijnen toestaan</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/purge_actions.py" line="37"/>
        <source>Erase personal &amp;data…</source>
        <translation>Gegevens ve&amp;rwijderen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/purge_actions.py" line="39"/>
        <source>Remove everything about the selected person who left, on request</source>
        <translation>Verwijder op verzoek alles over de geselecteerde persoon die vertrokken is</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/purge_actions.py" line="75"/>
        <source>Erase personal data</source>
        <translation>Gegevens verwijderen</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="33"/>
        <source>Student records</source>
        <translation>Leerlinggegevens</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="34"/>
        <source>Consent statements (shorter period)</source>
        <translation>Toestemmingen (kortere termijn)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="35"/>
        <source>Staff records</source>
        <translation>Personeelsgegevens</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="36"/>
        <source>On request</source>
        <translation>Op verzoek</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="43"/>
        <source>Employee kept without name</source>
        <translation>Medewerker bewaard zonder naam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="44"/>
        <source>User no longer linked to an employee</source>
        <translation>Gebruiker niet meer gekoppeld aan een medewerker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="45"/>
        <source>Account without its permission-giver</source>
        <translation>Account zonder toestemminggever</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="46"/>
        <source>Change log entries with copies</source>
        <translation>Regels in het wijzigingslog met kopieën</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="52"/>
        <source>This student is still enrolled. Set the leaving date first; the data can be removed from the day after it.</source>
        <translation>Deze leerling staat nog ingeschreven. Vul eerst de vertrekdatum in; de gegevens kunnen vanaf de dag daarna worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="57"/>
        <source>This employee is still employed. Set the end date first; the data can be removed from the day after it.</source>
        <translation>Deze medewerker is nog in dienst. Vul eerst de datum uit dienst in; de gegevens kunnen vanaf de dag daarna worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="62"/>
        <source>Fill in why the data are removed.</source>
        <translation>Vul in waarom de gegevens worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="63"/>
        <source>At most 500 characters.</source>
        <translation>Hooguit 500 tekens.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="64"/>
        <source>This person is no longer on record.</source>
        <translation>Deze persoon staat niet meer in de gegevens.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="65"/>
        <source>Several people have this number.</source>
        <translation>Meer personen hebben dit nummer.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="73"/>
        <source>Nothing to remove.</source>
        <translation>Er is niets te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="76"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="77"/>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="82"/>
        <source>%1: %2 people, %3 records</source>
        <translation>%1: %2 personen, %3 records</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="88"/>
        <source>left %1</source>
        <translation>vertrokken %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="95"/>
        <source>Access log entries past their period: %1</source>
        <translation>Regels in het toegangslog na hun termijn: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="101"/>
        <source>User %1 stays, no longer linked (deactivate it if unused)</source>
        <translation>Gebruiker %1 blijft, niet meer gekoppeld (zet hem uit als hij niet meer nodig is)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="131"/>
        <source>Erase personal data</source>
        <translation>Gegevens verwijderen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="134"/>
        <source>Everything about this person is removed for good: the record, guardians no other student has, statements, signatures, scans and the change log&apos;s copies. The change log keeps one line with the number of records, the day and the reason.</source>
        <translation>Alles over deze persoon wordt definitief verwijderd: de gegevens, ouders/verzorgers die geen andere leerling hebben, toestemmingen, handtekeningen, scans en de kopieën in het wijzigingslog. Het wijzigingslog houdt één regel met het aantal records, de dag en de reden.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="141"/>
        <source>Apply retention periods</source>
        <translation>Bewaartermijnen toepassen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="144"/>
        <source>These people left longer ago than the retention periods in the settings allow. Everything about them is removed for good; the change log keeps one line per rule with the number of records and the day.</source>
        <translation>Deze personen zijn langer geleden vertrokken dan de bewaartermijnen in de instellingen toestaan. Alles over hen wordt definitief verwijderd; het wijzigingslog houdt per regel één regel met het aantal records en de dag.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="156"/>
        <source>Remove for &amp;good</source>
        <translation>&amp;Definitief verwijderen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="167"/>
        <source>A fresh backup is made afterwards.</source>
        <translation>Daarna wordt een nieuwe back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="170"/>
        <source>A fresh backup is made afterwards; the older automatic backup still holds these data and is removed then.</source>
        <translation>Daarna wordt een nieuwe back-up gemaakt; de oudere automatische back-up bevat deze gegevens nog en wordt dan verwijderd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="174"/>
        <source>A fresh backup is made afterwards; the %1 older automatic backups still hold these data and are removed then.</source>
        <translation>Daarna wordt een nieuwe back-up gemaakt; de %1 oudere automatische back-ups bevatten deze gegevens nog en worden dan verwijderd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="237"/>
        <source>%1 records removed under the rule %2.</source>
        <translation>%1 records verwijderd volgens de regel %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="243"/>
        <source>Fresh backup: %1</source>
        <translation>Nieuwe back-up: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="246"/>
        <source>Older backups removed: %1</source>
        <translation>Oudere back-ups verwijderd: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="248"/>
        <source>&amp;Done:</source>
        <translation>&amp;Gedaan:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/purge_dialog.py" line="251"/>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.ui" line="19"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../ui/purge_dialog.ui" line="39"/>
        <source>&amp;What goes:</source>
        <translation>&amp;Wat verdwijnt:</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../korre_desktop/gui/record_actions.py" line="50"/>
        <source>New &amp;student…</source>
        <translation>Nieuwe &amp;leerling…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_actions.py" line="51"/>
        <source>New &amp;employee…</source>
        <translation>Nieuwe &amp;medewerker…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_actions.py" line="53"/>
        <source>Add &amp;guardian to student…</source>
        <translation>&amp;Ouder/verzorger toevoegen aan leerling…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_actions.py" line="55"/>
        <source>Ed&amp;it selected person…</source>
        <translation>Geselecteerde persoon &amp;wijzigen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_actions.py" line="56"/>
        <location filename="../../korre_desktop/gui/record_actions.py" line="97"/>
        <source>Set &amp;leaving date…</source>
        <translation>&amp;Vertrekdatum invullen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_actions.py" line="57"/>
        <source>New s&amp;chool…</source>
        <translation>Nieuwe &amp;school…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_actions.py" line="58"/>
        <source>New cl&amp;ass…</source>
        <translation>Nieuwe &amp;klas…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_actions.py" line="59"/>
        <source>New school &amp;year…</source>
        <translation>Nieuw school&amp;jaar…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_actions.py" line="60"/>
        <source>A new guardian, or one already on record</source>
        <translation>Een nieuwe ouder/verzorger, of een die al bekend is</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_actions.py" line="62"/>
        <source>The person is no longer on lists from that date; nothing is deleted</source>
        <translation>Vanaf die datum staat de persoon niet meer op lijsten; er wordt niets verwijderd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_actions.py" line="95"/>
        <source>Set &amp;leaving date (out of employment)…</source>
        <translation>&amp;Vertrekdatum invullen (uit dienst)…</translation>
    </message>
</context>
<context>
    <name>RecordMessages</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="21"/>
        <source>Fill in the name.</source>
        <translation>Vul de naam in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="22"/>
        <source>Fill in the school year, for example 2026-2027.</source>
        <translation>Vul het schooljaar in, bijvoorbeeld 2026-2027.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="23"/>
        <source>Fill in the student number.</source>
        <translation>Vul het leerlingnummer in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="24"/>
        <source>Fill in the staff number.</source>
        <translation>Vul het personeelsnummer in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="25"/>
        <source>Fill in the first name.</source>
        <translation>Vul de roepnaam in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="26"/>
        <source>Fill in the last name.</source>
        <translation>Vul de achternaam in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="27"/>
        <source>Fill in the partner&apos;s surname, or choose the own surname.</source>
        <translation>Vul de achternaam van de partner in, of kies de eigen achternaam.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="30"/>
        <source>Fill in the date of birth.</source>
        <translation>Vul de geboortedatum in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="31"/>
        <source>Fill in the start date.</source>
        <translation>Vul de datum in dienst in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="32"/>
        <source>Fill in the leaving date.</source>
        <translation>Vul de vertrekdatum in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="33"/>
        <source>Choose a school.</source>
        <translation>Kies een school.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="34"/>
        <source>Choose a school year.</source>
        <translation>Kies een schooljaar.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="35"/>
        <source>Choose the type of employment.</source>
        <translation>Kies het dienstverband.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="36"/>
        <source>Choose a guardian from the list.</source>
        <translation>Kies een ouder/verzorger uit de lijst.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="37"/>
        <source>Choose the platform.</source>
        <translation>Kies het platform.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="38"/>
        <source>Choose the person.</source>
        <translation>Kies de persoon.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="39"/>
        <source>Choose what the authorisation is for.</source>
        <translation>Kies waarvoor de bevoegdheid geldt.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="40"/>
        <source>Choose an account.</source>
        <translation>Kies een account.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="41"/>
        <source>Fill in from when it is valid.</source>
        <translation>Vul in vanaf wanneer de bevoegdheid geldt.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="42"/>
        <source>Choose the member of management who grants it.</source>
        <translation>Kies wie van de directie de bevoegdheid verleent.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="45"/>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="46"/>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="59"/>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="60"/>
        <source>Fill in the date.</source>
        <translation>Vul de datum in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="47"/>
        <source>Choose the employee.</source>
        <translation>Kies de medewerker.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="48"/>
        <source>Fill in the medium: the newspaper, broadcaster or website.</source>
        <translation>Vul het medium in: de krant, omroep of website.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="51"/>
        <source>Fill in the subject.</source>
        <translation>Vul het onderwerp in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="52"/>
        <source>Choose the member of management it was reported to.</source>
        <translation>Kies aan wie van de directie het is gemeld.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="55"/>
        <source>Choose whether it was received or sent.</source>
        <translation>Kies of het stuk is ontvangen of verstuurd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="56"/>
        <source>Add the letter or e-mail: a PDF, a photo or scan, or an e-mail.</source>
        <translation>Voeg de brief of e-mail toe: een pdf, een foto of scan, of een e-mail.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="62"/>
        <source>Fill in this field.</source>
        <translation>Vul dit veld in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="84"/>
        <source>Fill in the first name or the last name.</source>
        <translation>Vul de roepnaam of de achternaam in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="92"/>
        <source>This date cannot be before %1.</source>
        <translation>Deze datum kan niet vóór %1 liggen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="96"/>
        <source>This date cannot be in the future.</source>
        <translation>Deze datum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="98"/>
        <source>The date of birth cannot be in the future.</source>
        <translation>De geboortedatum kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="101"/>
        <source>With this date of birth the student is %1 years old; check the date (a student is %2 to %3 years old).</source>
        <translation>Met deze geboortedatum is de leerling %1 jaar oud; controleer de datum (een leerling is %2 tot en met %3 jaar oud).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="110"/>
        <source>Choose one of the options.</source>
        <translation>Kies een van de mogelijkheden.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="111"/>
        <source>This is not an e-mail address.</source>
        <translation>Dit is geen geldig e-mailadres.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="112"/>
        <source>This is not a phone number.</source>
        <translation>Dit is geen geldig telefoonnummer.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="113"/>
        <source>A BRIN number is two digits and two letters, for example 12AB.</source>
        <translation>Een BRIN-nummer bestaat uit twee cijfers en twee letters, bijvoorbeeld 12AB.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="116"/>
        <source>Type the school year as 2026-2027.</source>
        <translation>Typ het schooljaar als 2026-2027.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="117"/>
        <source>This record no longer exists; close the window and try again.</source>
        <translation>Dit gegeven bestaat niet meer; sluit het venster en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="120"/>
        <source>A school with this name already exists.</source>
        <translation>Er bestaat al een school met deze naam.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="121"/>
        <source>School year %1 already exists.</source>
        <translation>Schooljaar %1 bestaat al.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="122"/>
        <source>This class already exists at this school in this school year.</source>
        <translation>Deze klas bestaat al op deze school in dit schooljaar.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="125"/>
        <source>This class belongs to another school.</source>
        <translation>Deze klas hoort bij een andere school.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="126"/>
        <source>Student number %1 already exists at this school (%2).</source>
        <translation>Leerlingnummer %1 bestaat al op deze school (%2).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="129"/>
        <source>Staff number %1 already exists (%2).</source>
        <translation>Personeelsnummer %1 bestaat al (%2).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="130"/>
        <source>A student cannot change school here: give them a leaving date and add them at the new school.</source>
        <translation>Een leerling kan hier niet van school wisselen: vul een vertrekdatum in en voeg de leerling toe bij de nieuwe school.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="134"/>
        <source>This guardian is already linked to this student.</source>
        <translation>Deze ouder/verzorger is al gekoppeld aan deze leerling.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="137"/>
        <source>This guardian is not linked to this student.</source>
        <translation>Deze ouder/verzorger is niet gekoppeld aan deze leerling.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/record_messages.py" line="139"/>
        <source>This value cannot be saved.</source>
        <translation>Deze waarde kan niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>RecordTab</name>
    <message>
        <location filename="../../korre_desktop/gui/record_tab.py" line="123"/>
        <location filename="../../ui/record_tab.ui" line="47"/>
        <source>&amp;Class:</source>
        <translation>&amp;Klas:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_tab.py" line="245"/>
        <location filename="../../korre_desktop/gui/record_tab.py" line="254"/>
        <location filename="../../korre_desktop/gui/record_tab.py" line="265"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_tab.py" line="154"/>
        <source>Select a person to see their details and history.</source>
        <translation>Kies een persoon om de gegevens en de geschiedenis te zien.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_tab.py" line="411"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_tab.py" line="444"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="10"/>
        <source>Search by name or number</source>
        <translation>Zoeken op naam of nummer</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="12"/>
        <source>Search by name or number (Ctrl+F)</source>
        <translation>Zoek op naam of nummer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="18"/>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="35"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="71"/>
        <source>Show f&amp;ormer</source>
        <translation>Ook &amp;vertrokken</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="86"/>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="96"/>
        <source>Details and history</source>
        <translation>Gegevens en geschiedenis</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_tab.py" line="126"/>
        <location filename="../../ui/record_tab.ui" line="59"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="113"/>
        <source>The database %1 is encrypted. Print this recovery code (or write it down) and keep it in the foundation&apos;s safe: it opens the database and its backups when the key on this computer is lost. It is shown only now.</source>
        <translation>De database %1 is versleuteld. Druk deze herstelcode af (of schrijf hem op) en bewaar hem in de kluis van de stichting: hij opent de database en de back-ups als de sleutel op deze computer verloren gaat. Hij wordt alleen nu getoond.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="123"/>
        <source>&amp;Done</source>
        <translation>&amp;Gereed</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="143"/>
        <source>Copied. Paste it where it is safe, then empty the clipboard.</source>
        <translation>Gekopieerd. Plak hem op een veilige plek en maak daarna het klembord leeg.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="149"/>
        <location filename="../../ui/recovery_code_dialog.ui" line="16"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="155"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="161"/>
        <source>Keep this page in the safe. Whoever has it can read the database.</source>
        <translation>Bewaar deze pagina in de kluis. Wie hem heeft, kan de database lezen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="162"/>
        <source>Korre Desktop: recovery code of the database</source>
        <translation>Korre Desktop: herstelcode van de database</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code_dialog.ui" line="6"/>
        <source>Korre Desktop: recovery code</source>
        <translation>Korre Desktop: herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code_dialog.ui" line="27"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code_dialog.ui" line="32"/>
        <source>&amp;Print...</source>
        <translation>&amp;Afdrukken...</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_code_dialog.ui" line="51"/>
        <source>I have &amp;kept the recovery code in a safe place</source>
        <translation>Ik heb de herstelcode veilig &amp;bewaard</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../korre_desktop/gui/role_page.py" line="37"/>
        <source>You are signed in as %1 in the role %2: it reads no records of people.</source>
        <translation>U bent aangemeld als %1 met de rol %2: die rol leest geen gegevens van personen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/role_page.py" line="41"/>
        <source>Your role may read the change log and the access log: open them from the Manage menu.</source>
        <translation>Uw rol mag het wijzigingslog en het toegangslog lezen: open ze via het menu Beheer.</translation>
    </message>
</context>
<context>
    <name>RoleWords</name>
    <message>
        <location filename="../../korre_desktop/gui/role_words.py" line="14"/>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/role_words.py" line="15"/>
        <source>office</source>
        <translation>administratie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/role_words.py" line="16"/>
        <source>teacher</source>
        <translation>leerkracht</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/role_words.py" line="17"/>
        <source>management</source>
        <translation>directie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/role_words.py" line="18"/>
        <source>privacy officer</source>
        <translation>privacy (FG)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/role_words.py" line="25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="12"/>
        <source>blank page (back of a double-sided scan)</source>
        <translation>lege pagina (achterkant van een dubbelzijdige scan)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="13"/>
        <source>information page of a two-page form (nothing to read)</source>
        <translation>informatieblad van een formulier van twee bladen (niets in te lezen)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="14"/>
        <location filename="../../korre_desktop/gui/scan_words.py" line="39"/>
        <source>the page could not be read</source>
        <translation>de pagina kon niet worden gelezen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="15"/>
        <source>no QR code found</source>
        <translation>geen QR-code gevonden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="16"/>
        <source>more than one form on the page</source>
        <translation>meer dan één formulier op de pagina</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="17"/>
        <source>form layout unknown in this database</source>
        <translation>formulierindeling onbekend in deze database</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="18"/>
        <source>corner markers not found</source>
        <translation>hoekmarkeringen niet gevonden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="19"/>
        <source>form code not printed from this database</source>
        <translation>formuliercode niet vanuit deze database afgedrukt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="20"/>
        <source>the form was cancelled</source>
        <translation>het formulier is geannuleerd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="21"/>
        <source>code and form layout do not match</source>
        <translation>code en formulierindeling passen niet bij elkaar</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="22"/>
        <source>person not in the database</source>
        <translation>persoon staat niet in de database</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="23"/>
        <source>choose who signed (the name was left open)</source>
        <translation>kies wie heeft ondertekend (de naam was open gelaten)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="24"/>
        <source>the signer no longer has parental authority</source>
        <translation>de ondertekenaar heeft geen ouderlijk gezag meer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="25"/>
        <source>the same scan was read before</source>
        <translation>dezelfde scan is al eerder ingelezen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="26"/>
        <source>form read before, same answers</source>
        <translation>formulier al eerder ingelezen, zelfde antwoorden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="27"/>
        <source>form read before with other answers</source>
        <translation>formulier al eerder ingelezen met andere antwoorden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="28"/>
        <source>another scan of this form awaits review</source>
        <translation>een andere scan van dit formulier wacht op controle</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="29"/>
        <source>could not be saved as read</source>
        <translation>kon niet worden opgeslagen zoals gelezen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="30"/>
        <source>a box is not clearly empty or ticked</source>
        <translation>een vakje is niet duidelijk leeg of aangekruist</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="31"/>
        <source>both yes and no ticked</source>
        <translation>zowel ja als nee aangekruist</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="32"/>
        <source>an item has no answer</source>
        <translation>een onderdeel heeft geen antwoord</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="33"/>
        <source>a box is filled in (crossed out)</source>
        <translation>een vakje is helemaal ingekleurd (doorgehaald)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="34"/>
        <source>not signed</source>
        <translation>niet ondertekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="35"/>
        <source>signature unclear</source>
        <translation>handtekening onduidelijk</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="36"/>
        <source>the page does not line up with the form</source>
        <translation>de pagina past niet goed op het formulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="37"/>
        <source>a box was not found where expected</source>
        <translation>een vakje staat niet waar het hoort</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="38"/>
        <source>assigned to its form by hand</source>
        <translation>met de hand aan het formulier gekoppeld</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="46"/>
        <source>the file was not found</source>
        <translation>het bestand is niet gevonden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="47"/>
        <source>the file could not be opened (in use or no access?)</source>
        <translation>het bestand kon niet worden geopend (in gebruik of geen toegang?)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="48"/>
        <source>not a PDF, TIFF or photo</source>
        <translation>geen PDF, TIFF of foto</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="49"/>
        <source>the file is damaged</source>
        <translation>het bestand is beschadigd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="50"/>
        <source>the PDF is protected with a password</source>
        <translation>de PDF is beveiligd met een wachtwoord</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="51"/>
        <source>the file or image is too large</source>
        <translation>het bestand of de afbeelding is te groot</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="52"/>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="60"/>
        <source>%1 pages read: %2 saved, %3 to check, %4 skipped.</source>
        <translation>%1 pagina&apos;s gelezen: %2 opgeslagen, %3 te controleren, %4 overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="67"/>
        <source>Stopped early: the pages read so far are kept.</source>
        <translation>Voortijdig gestopt: de pagina&apos;s die al gelezen zijn blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_words.py" line="72"/>
        <source>Not read: %1 (%2)</source>
        <translation>Niet gelezen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ScanActions</name>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="65"/>
        <source>Read returned forms from scanned PDFs or phone photos and file them</source>
        <translation>Teruggekomen formulieren inlezen uit gescande PDF&apos;s of telefoonfoto&apos;s en verwerken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="70"/>
        <source>Pages the reader was not sure of</source>
        <translation>Pagina&apos;s waarover de lezer twijfelde</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="62"/>
        <source>&amp;Read scanned forms…</source>
        <translation>Gescande formulieren in&amp;lezen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="68"/>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="199"/>
        <source>Chec&amp;k scanned forms</source>
        <translation>Gescande formulieren c&amp;ontroleren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="72"/>
        <source>&amp;Watch a scan folder…</source>
        <translation>&amp;Scanmap bewaken…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="74"/>
        <source>Read forms as the copier saves them into a folder</source>
        <translation>Formulieren inlezen zodra het kopieerapparaat ze in een map zet</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="99"/>
        <source>Read scanned forms</source>
        <translation>Gescande formulieren inlezen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="100"/>
        <source>Scans and photos (%1);;All files (*)</source>
        <translation>Scans en foto&apos;s (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="112"/>
        <source>Reading scanned forms…</source>
        <translation>Gescande formulieren inlezen…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="112"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="135"/>
        <source>Reading scanned forms… page %1 of %2</source>
        <translation>Gescande formulieren inlezen… pagina %1 van %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="159"/>
        <source>Scanned forms: %1 saved, %2 to check, %3 skipped</source>
        <translation>Gescande formulieren: %1 opgeslagen, %2 te controleren, %3 overgeslagen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="169"/>
        <source>Scan folder: %1 (%2)</source>
        <translation>Scanmap: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="177"/>
        <source>Scanned forms read</source>
        <translation>Gescande formulieren ingelezen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="184"/>
        <source>Check now</source>
        <translation>Nu controleren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="239"/>
        <source>Folder the copier saves scans into</source>
        <translation>Map waarin het kopieerapparaat de scans zet</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="253"/>
        <source>Watching %1</source>
        <translation>Bewaakt %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/scan_actions.py" line="254"/>
        <source>Watching scan folder %1</source>
        <translation>Bewaakt scanmap %1</translation>
    </message>
</context>
<context>
    <name>ScanPageView</name>
    <message>
        <location filename="../../korre_desktop/gui/widgets/scan_page_view.py" line="89"/>
        <source>Scanned page</source>
        <translation>Gescande pagina</translation>
    </message>
</context>
<context>
    <name>ScanReviewDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="153"/>
        <source>ticked</source>
        <translation>aangevinkt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="154"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="155"/>
        <source>in doubt</source>
        <translation>twijfel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="156"/>
        <source>signature</source>
        <translation>handtekening</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="187"/>
        <source>(page no longer on record)</source>
        <translation>(pagina niet meer aanwezig)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="190"/>
        <source>unknown form</source>
        <translation>onbekend formulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="192"/>
        <source>person not found</source>
        <translation>persoon niet gevonden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="197"/>
        <source>%1, page %2</source>
        <translation>%1, pagina %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="246"/>
        <source>There are no forms to check.</source>
        <translation>Er zijn geen formulieren om te controleren.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="316"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="353"/>
        <source>No image of this page was kept.</source>
        <translation>Van deze pagina is geen afbeelding bewaard.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="382"/>
        <source>Unknown form</source>
        <translation>Onbekend formulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="385"/>
        <source>No form was found for this page. Type the code printed under the QR code (for example KF-7Q3M-4X2B) and press Enter.</source>
        <translation>Bij deze pagina is geen formulier gevonden. Typ de code die onder de QR-code staat (bijvoorbeeld KF-7Q3M-4X2B) en druk op Enter.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="390"/>
        <source>consent form</source>
        <translation>toestemmingsformulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="390"/>
        <source>protocol sheet</source>
        <translation>protocolblad</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="396"/>
        <source>Person not found in the database</source>
        <translation>Persoon niet gevonden in de database</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="402"/>
        <location filename="../../ui/scan_review_dialog.ui" line="160"/>
        <source>Class:</source>
        <translation>Klas:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="402"/>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="408"/>
        <source>%1, page %2 · read %3</source>
        <translation>%1, pagina %2 · ingelezen %3</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="427"/>
        <source>student number %1</source>
        <translation>leerlingnummer %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="430"/>
        <source>staff number %1</source>
        <translation>personeelsnummer %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="444"/>
        <source>Choose who signed…</source>
        <translation>Kies wie heeft ondertekend…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="446"/>
        <source>printed on the form: %1</source>
        <translation>op het formulier gedrukt: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="465"/>
        <source>another scan of this form came in earlier</source>
        <translation>er is eerder al een andere scan van dit formulier binnengekomen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="493"/>
        <source>Read with doubt: look at this box on the page</source>
        <translation>Met twijfel gelezen: bekijk dit vakje op de pagina</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="524"/>
        <source>The positions of the boxes are not known for this scan: look at the page.</source>
        <translation>Bij deze scan is niet bekend waar de vakjes staan: bekijk de pagina zelf.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="536"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="536"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="566"/>
        <source>ink: yes %1 · no %2</source>
        <translation>inkt: ja %1 · nee %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="635"/>
        <source>This page is not linked to a form yet: type the code printed under the QR code.</source>
        <translation>Deze pagina is nog niet aan een formulier gekoppeld: typ de code die onder de QR-code staat.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="638"/>
        <source>This form was cancelled, so it cannot be saved. Reject the page.</source>
        <translation>Dit formulier is geannuleerd en kan niet worden opgeslagen. Wijs de pagina af.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="640"/>
        <source>The person of this form is not in the database.</source>
        <translation>De persoon van dit formulier staat niet in de database.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="642"/>
        <source>This page has already been dealt with (perhaps on another computer).</source>
        <translation>Deze pagina is al afgehandeld (misschien op een andere computer).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="644"/>
        <source>This page is no longer in the database.</source>
        <translation>Deze pagina staat niet meer in de database.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="646"/>
        <source>This is not a valid form code. Type it as printed under the QR code, for example KF-7Q3M-4X2B.</source>
        <translation>Dit is geen geldige formuliercode. Typ de code zoals die onder de QR-code staat, bijvoorbeeld KF-7Q3M-4X2B.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="649"/>
        <source>No form with this code was printed from this database.</source>
        <translation>Er is geen formulier met deze code afgedrukt vanuit deze database.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="651"/>
        <source>The form version of this form is not in the database.</source>
        <translation>De formulierversie van dit formulier staat niet in de database.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="671"/>
        <source>Type the code printed under the QR code first, then press Enter.</source>
        <translation>Typ eerst de code die onder de QR-code staat en druk op Enter.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="681"/>
        <source>Choose who signed the form first.</source>
        <translation>Kies eerst wie het formulier heeft ondertekend.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="693"/>
        <source>No clear signature was found on this page. Save only if the form is signed: press Ctrl+Enter again. Otherwise reject it (Ctrl+Delete).</source>
        <translation>Op deze pagina is geen duidelijke handtekening gevonden. Sla alleen op als het formulier wel ondertekend is: druk nogmaals op Ctrl+Enter. Anders afwijzen (Ctrl+Delete).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="714"/>
        <source>Not saved: this form was already saved from another scan.</source>
        <translation>Niet opgeslagen: dit formulier is al opgeslagen vanuit een andere scan.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="751"/>
        <source>This form has already been saved from another scan. Save it once more anyway?</source>
        <translation>Dit formulier is al eerder opgeslagen vanuit een andere scan. Toch nog een keer opslaan?</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="766"/>
        <source>Type the code printed under the QR code.</source>
        <translation>Typ de code die onder de QR-code staat.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="786"/>
        <source>Linked to form %1: %2.</source>
        <translation>Gekoppeld aan formulier %1: %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="798"/>
        <source>Reject page</source>
        <translation>Pagina afwijzen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="800"/>
        <source>Nothing is saved from this page; the scan stays on record.
Why is it rejected? (for example: not a form, unreadable, a copy)</source>
        <translation>Van deze pagina wordt niets opgeslagen; de scan blijft bewaard.
Waarom wijst u de pagina af? (bijvoorbeeld: geen formulier, onleesbaar, een kopie)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/scan_review.py" line="816"/>
        <source>Rejected: %1, page %2. Nothing was saved from it.</source>
        <translation>Afgewezen: %1, pagina %2. Er is niets van opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="6"/>
        <source>Check scanned forms</source>
        <translation>Gescande formulieren controleren</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="20"/>
        <source>Pages to &amp;check:</source>
        <translation>Te &amp;controleren pagina&apos;s:</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="26"/>
        <source>Pages to check</source>
        <translation>Te controleren pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="34"/>
        <source>Position in the queue</source>
        <translation>Plaats in de wachtrij</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="50"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Uitzoomen (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="51"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="57"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="58"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="63"/>
        <source>Fit &amp;width</source>
        <translation>Passend op &amp;breedte</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="64"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>De pagina passend maken op de breedte (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="119"/>
        <source>Form:</source>
        <translation>Formulier:</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="131"/>
        <source>&amp;Form code:</source>
        <translation>&amp;Formuliercode:</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="141"/>
        <source>Form code printed under the QR code</source>
        <translation>Formuliercode onder de QR-code</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="146"/>
        <source>&amp;Link</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="148"/>
        <source>Link this page to the form with this code (Enter)</source>
        <translation>Deze pagina koppelen aan het formulier met deze code (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="171"/>
        <source>Signed &amp;by:</source>
        <translation>Ondertekend &amp;door:</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="181"/>
        <source>Who signed the form</source>
        <translation>Wie het formulier heeft ondertekend</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="194"/>
        <source>Scan:</source>
        <translation>Scan:</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="208"/>
        <location filename="../../ui/scan_review_dialog.ui" line="216"/>
        <source>Why this page needs checking</source>
        <translation>Waarom deze pagina gecontroleerd moet worden</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="221"/>
        <source>Boxes in doubt (enlarged)</source>
        <translation>Vakjes met twijfel (vergroot)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="227"/>
        <source>Boxes in doubt, enlarged</source>
        <translation>Vakjes met twijfel, vergroot</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="238"/>
        <source>Signature and date</source>
        <translation>Handtekening en datum</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="244"/>
        <source>Signature, enlarged</source>
        <translation>Handtekening, vergroot</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="259"/>
        <source>A&amp;nswers (as read; correct them with J and N):</source>
        <translation>A&amp;ntwoorden (zoals gelezen; verbeter ze met J en N):</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="270"/>
        <source>J yes · N no · Space toggles · Delete clears · Shift+J/N whole row · Ctrl+J/N whole column · Ctrl+Enter saves</source>
        <translation>J ja · N nee · Spatie wisselt · Delete wist · Shift+J/N hele rij · Ctrl+J/N hele kolom · Ctrl+Enter slaat op</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="278"/>
        <source>Signed &amp;on:</source>
        <translation>Ondertekend o&amp;p:</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="287"/>
        <source>Signed on (dd-mm-yyyy)</source>
        <translation>Ondertekend op (dd-mm-jjjj)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="300"/>
        <source>No&amp;te:</source>
        <translation>No&amp;titie:</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="306"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="319"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="326"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorige</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="327"/>
        <source>The previous page (Ctrl+Left or Page Up)</source>
        <translation>De vorige pagina (Ctrl+Links of Page Up)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="333"/>
        <source>S&amp;kip</source>
        <translation>Over&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="334"/>
        <source>The next page, without deciding this one (Ctrl+Right or Page Down)</source>
        <translation>De volgende pagina, zonder over deze te beslissen (Ctrl+Rechts of Page Down)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="340"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="341"/>
        <source>Save nothing from this page: not a form, unusable or a copy (Ctrl+Delete)</source>
        <translation>Niets van deze pagina opslaan: geen formulier, onbruikbaar of een kopie (Ctrl+Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="352"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="353"/>
        <source>Save the form with these answers and go to the next page (Ctrl+Enter)</source>
        <translation>Het formulier met deze antwoorden opslaan en naar de volgende pagina gaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/scan_review_dialog.ui" line="359"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>SchoolDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/school_dialog.py" line="31"/>
        <source>Edit school</source>
        <translation>School wijzigen</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="6"/>
        <source>New school</source>
        <translation>Nieuwe school</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="19"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/school_dialog.ui" line="40"/>
        <source>&amp;BRIN number:</source>
        <translation>&amp;BRIN-nummer:</translation>
    </message>
</context>
<context>
    <name>SchoolYearDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/school_year_dialog.py" line="42"/>
        <source>%1 to %2</source>
        <translation>%1 t/m %2</translation>
    </message>
    <message>
        <location filename="../../ui/school_year_dialog.ui" line="6"/>
        <source>New school year</source>
        <translation>Nieuw schooljaar</translation>
    </message>
    <message>
        <location filename="../../ui/school_year_dialog.ui" line="19"/>
        <source>&amp;School year:</source>
        <translation>&amp;Schooljaar:</translation>
    </message>
</context>
<context>
    <name>ServerWords</name>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="49"/>
        <source>The server has no database named “%1”. Check the database name.</source>
        <translation>De database “%1” bestaat niet op de server. Controleer de naam van de database.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="53"/>
        <source>The user name or password is not correct. Check both and try again (capitals count).</source>
        <translation>De gebruikersnaam of het wachtwoord is onjuist. Controleer beide en probeer het opnieuw (let op hoofdletters).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="57"/>
        <source>The server does not let this user connect to this database from this computer. Ask the administrator to allow it.</source>
        <translation>De server laat deze gebruiker vanaf deze computer niet toe tot deze database. Vraag de beheerder om toegang.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="62"/>
        <source>An encrypted connection (TLS) is required, but it could not be made. The server must offer TLS: ask the administrator.</source>
        <translation>Een versleutelde verbinding (TLS) is vereist, maar die kwam niet tot stand. De server moet TLS aanbieden: vraag het de beheerder.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="67"/>
        <source>The server “%2” is not known. Check the server&apos;s name and whether this computer is connected to the network.</source>
        <translation>De server “%2” is onbekend. Controleer de naam van de server en of deze computer met het netwerk verbonden is.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="72"/>
        <source>The server %2 does not answer on port %3. Check the server&apos;s name and the port, and whether this computer is connected to the network.</source>
        <translation>De server %2 is niet bereikbaar op poort %3. Controleer de naam van de server en de poort, en of deze computer met het netwerk verbonden is.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="81"/>
        <source>No connection could be made with the server.</source>
        <translation>Er kon geen verbinding met de server worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="83"/>
        <source>The server said: %1</source>
        <translation>De melding van de server: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="94"/>
        <source>This database holds other data, not Korre Desktop&apos;s. Choose an empty database or one that Korre Desktop already uses.</source>
        <translation>In deze database staan andere gegevens, niet die van Korre Desktop. Kies een lege database of een die Korre Desktop al gebruikt.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="107"/>
        <source>Connected. The database “%1” is empty: Korre Desktop sets it up for the foundation of step 1 when you finish.</source>
        <translation>Verbonden. De database “%1” is leeg: Korre Desktop richt hem in voor de stichting uit stap 1 als u voltooit.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="113"/>
        <source>Connected. The database “%1” already holds Korre Desktop data; it will be opened as it is. The name and schools of step 1 are not added to it.</source>
        <translation>Verbonden. In de database “%1” staan al gegevens van Korre Desktop; die wordt geopend zoals hij is. De naam en scholen uit stap 1 worden er niet aan toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="124"/>
        <source>Fill in the server&apos;s name or address.</source>
        <translation>Vul de naam of het adres van de server in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="125"/>
        <source>Fill in the name of the database.</source>
        <translation>Vul de naam van de database in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="126"/>
        <source>Fill in your user name.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="127"/>
        <source>Fill this in.</source>
        <translation>Vul dit in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="129"/>
        <source>Type only the server&apos;s name or address, for example db.stichting.nl (the port has its own field).</source>
        <translation>Typ alleen de naam of het adres van de server, bijvoorbeeld db.stichting.nl (de poort heeft een eigen veld).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="134"/>
        <source>The port is a number from 1 to 65535 (usually 5432).</source>
        <translation>De poort is een getal van 1 tot 65535 (meestal 5432).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="140"/>
        <source>This computer has no keychain in which Korre Desktop can keep the password: it is asked at every start.</source>
        <translation>Deze computer heeft geen sleutelhanger waarin Korre Desktop het wachtwoord kan bewaren: het wordt bij elke start gevraagd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="148"/>
        <source>The password could not be kept in this computer&apos;s keychain. Korre Desktop asks for it at every start.</source>
        <translation>Het wachtwoord kon niet in de sleutelhanger van deze computer worden bewaard. Korre Desktop vraagt er bij elke start om.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="161"/>
        <source>A server on this computer: the connection needs no encryption.</source>
        <translation>Een server op deze computer: de verbinding hoeft niet versleuteld te worden.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/server_words.py" line="164"/>
        <source>The connection is encrypted (TLS): the password and the data cross the network safely.</source>
        <translation>De verbinding wordt versleuteld (TLS): het wachtwoord en de gegevens gaan veilig over het netwerk.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="33"/>
        <source>The parents&apos; consent counts until the student answers</source>
        <translation>De toestemming van ouders telt tot de leerling zelf antwoordt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="37"/>
        <source>Only the student&apos;s own answer counts (else: missing)</source>
        <translation>Alleen het eigen antwoord van de leerling telt (anders: ontbreekt)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="45"/>
        <source>Fill in the name.</source>
        <translation>Vul de naam in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="46"/>
        <source>At most %1 characters.</source>
        <translation>Hoogstens %1 tekens.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="47"/>
        <source>Choose how long consent stays valid.</source>
        <translation>Kies hoe lang toestemming geldig blijft.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="48"/>
        <source>Type the day and month as dd-mm, for example 01-08.</source>
        <translation>Typ dag en maand als dd-mm, bijvoorbeeld 01-08.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="51"/>
        <source>The day %1 does not exist.</source>
        <translation>De dag %1 bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="52"/>
        <source>29 February is not in every year; choose another day.</source>
        <translation>29 februari komt niet elk jaar voor; kies een andere dag.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="55"/>
        <source>Choose one of the rules.</source>
        <translation>Kies een van de regels.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="56"/>
        <source>Type a whole number from %1 to %2.</source>
        <translation>Typ een heel getal van %1 tot en met %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="57"/>
        <source>Choose a number from %1 to %2.</source>
        <translation>Kies een getal van %1 tot en met %2.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="58"/>
        <source>Give the whole path of the folder (or choose it), or leave it empty for the folder beside the database.</source>
        <translation>Geef het volledige pad van de map (of kies de map), of laat dit leeg voor de map naast de database.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="63"/>
        <source>This is a file, not a folder.</source>
        <translation>Dit is een bestand, geen map.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="91"/>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="92"/>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="94"/>
        <source> years</source>
        <translation> jaar</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="95"/>
        <source> newest backups</source>
        <translation> nieuwste back-ups</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="96"/>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="97"/>
        <source>every </source>
        <translation>elke </translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="98"/>
        <source> minutes</source>
        <translation> minuten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="99"/>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="104"/>
        <source>empty: beside the database (%1)</source>
        <translation>leeg: naast de database (%1)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/settings_dialog.py" line="193"/>
        <source>Folder for the backups</source>
        <translation>Map voor de back-ups</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="10"/>
        <source>Foundation</source>
        <translation>Stichting</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="31"/>
        <source>Consent forms</source>
        <translation>Toestemmingsformulieren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="36"/>
        <source>&amp;Validity of new versions:</source>
        <translation>&amp;Geldigheid van nieuwe versies:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="48"/>
        <source>Number of years</source>
        <translation>Aantal jaren</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="64"/>
        <source>School year &amp;starts on:</source>
        <translation>&amp;Schooljaar begint op:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="77"/>
        <source>dd-mm</source>
        <translation>dd-mm</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="82"/>
        <source>day-month, for example 01-08 for 1 August</source>
        <translation>dag-maand, bijvoorbeeld 01-08 voor 1 augustus</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="98"/>
        <source>Students of &amp;16 and older:</source>
        <translation>Leerlingen van &amp;16 jaar en ouder:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="114"/>
        <source>Social-media protocol</source>
        <translation>Protocol sociale media</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="119"/>
        <source>Signing &amp;deadline:</source>
        <translation>&amp;Termijn voor ondertekenen:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="131"/>
        <source>after the start date or a new version&apos;s effective date</source>
        <translation>na de begindatum of de ingangsdatum van een nieuwe versie</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="150"/>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="155"/>
        <source>Keep the &amp;access log:</source>
        <translation>T&amp;oegangslog bewaren:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="167"/>
        <source>then its entries are removed</source>
        <translation>daarna worden de regels verwijderd</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="183"/>
        <source>Keep student &amp;records:</source>
        <translation>&amp;Leerlinggegevens bewaren:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="195"/>
        <source>after leaving; then the purge removes them</source>
        <translation>na vertrek; daarna verwijdert het opschonen ze</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="211"/>
        <source>Keep &amp;consent statements:</source>
        <translation>To&amp;estemmingen bewaren:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="223"/>
        <source>after leaving, with their scans</source>
        <translation>na vertrek, met hun scans</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="239"/>
        <source>Keep s&amp;taff records:</source>
        <translation>&amp;Personeelsgegevens bewaren:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="251"/>
        <source>after the employment ended</source>
        <translation>na uit dienst gaan</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="267"/>
        <source>Keep the &amp;personnel file:</source>
        <translation>Personeels&amp;dossier bewaren:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="279"/>
        <source>after the employment ended, if longer</source>
        <translation>na uit dienst gaan, als dat langer is</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="298"/>
        <source>Signing in (server)</source>
        <translation>Aanmelden (server)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="303"/>
        <source>Loc&amp;k the window after:</source>
        <translation>Ve&amp;rgrendelen na:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="315"/>
        <source>without keyboard or mouse; then the password opens it again</source>
        <translation>zonder toetsenbord of muis; daarna opent het wachtwoord het weer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="334"/>
        <source>Automatic backups</source>
        <translation>Automatische back-ups</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="339"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="351"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="361"/>
        <source>How &amp;many to keep:</source>
        <translation>Hoeveel &amp;bewaren:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="374"/>
        <source>How &amp;often:</source>
        <translation>Hoe &amp;vaak:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="390"/>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="395"/>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="404"/>
        <source>changes the next time Korre Desktop starts</source>
        <translation>verandert bij de volgende start van Korre Desktop</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/sign_in.py" line="78"/>
        <source>Korre Desktop connects to the database %1 on the foundation&apos;s server. Sign in with your own login and password.</source>
        <translation>Korre Desktop maakt verbinding met de database %1 op de server van de stichting. Meld u aan met uw eigen inlognaam en wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/sign_in.py" line="96"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/sign_in.py" line="97"/>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/sign_in.py" line="99"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/sign_in.py" line="121"/>
        <source>Type your login.</source>
        <translation>Typ uw inlognaam.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/sign_in.py" line="126"/>
        <source>Type your password.</source>
        <translation>Typ uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/sign_in.py" line="138"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="6"/>
        <source>Korre Desktop: sign in</source>
        <translation>Korre Desktop: aanmelden</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="20"/>
        <source>&amp;Login:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="26"/>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="39"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="45"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="59"/>
        <source>&amp;Remember the password on this computer</source>
        <translation>Wachtwoord &amp;onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="60"/>
        <source>Remember the password on this computer</source>
        <translation>Wachtwoord onthouden op deze computer</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="61"/>
        <source>The password is kept in this computer&apos;s keychain, never in a file.</source>
        <translation>Het wachtwoord wordt bewaard in de sleutelhanger van deze computer, nooit in een bestand.</translation>
    </message>
</context>
<context>
    <name>StaffAndStudents</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="79"/>
        <source>%1 people</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="84"/>
        <source>&amp;Group:</source>
        <translation>Gr&amp;oep:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="90"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="98"/>
        <source>All staff</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="99"/>
        <source>All students</source>
        <translation>Alle leerlingen</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.ui" line="26"/>
        <source>&lt;h2&gt;This database is still empty&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Deze database is nog leeg&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="32"/>
        <source>Start with demo data to see how Korre Desktop works: invented schools, students, guardians and staff with protocol signatures and consent forms. Use a separate database file for demo data, not the one for your real records.</source>
        <translation>Begin met demogegevens om te zien hoe Korre Desktop werkt: verzonnen scholen, leerlingen, ouders/verzorgers en medewerkers met ondertekende protocollen en toestemmingsformulieren. Gebruik voor demogegevens een apart databasebestand, niet dat van uw echte administratie.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.ui" line="39"/>
        <source>Load &amp;demo data</source>
        <translation>Demogegevens &amp;laden</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="22"/>
        <source>granted</source>
        <translation>toegestaan</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="23"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="24"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="25"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="26"/>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="32"/>
        <source>Consent given: recordings may be used here.</source>
        <translation>Toestemming gegeven: opnamen mogen hier gebruikt worden.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="33"/>
        <source>Consent refused or withdrawn: do not use.</source>
        <translation>Toestemming geweigerd of ingetrokken: niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="34"/>
        <source>Guardians disagree: do not use; the office follows up.</source>
        <translation>Ouders/verzorgers zijn het oneens: niet gebruiken; de administratie neemt contact op.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="37"/>
        <source>No answer on record: do not use.</source>
        <translation>Geen antwoord vastgelegd: niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="38"/>
        <source>The answer is no longer valid: do not use.</source>
        <translation>Het antwoord is niet meer geldig: niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="44"/>
        <source>signed</source>
        <translation>getekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="45"/>
        <source>re-sign</source>
        <translation>opnieuw tekenen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="46"/>
        <source>unsigned</source>
        <translation>niet getekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="47"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="53"/>
        <source>permanent</source>
        <translation>vast</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="54"/>
        <source>temporary</source>
        <translation>tijdelijk</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="55"/>
        <source>intern</source>
        <translation>stagiair</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="56"/>
        <source>substitute</source>
        <translation>invaller</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="57"/>
        <source>volunteer</source>
        <translation>vrijwilliger</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="58"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="65"/>
        <source>own surname</source>
        <translation>eigen achternaam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="66"/>
        <source>partner&apos;s surname</source>
        <translation>achternaam partner</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="67"/>
        <source>partner&apos;s surname, then own</source>
        <translation>achternaam partner, dan eigen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="68"/>
        <source>own surname, then partner&apos;s</source>
        <translation>eigen achternaam, dan die van partner</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="74"/>
        <location filename="../../korre_desktop/gui/status_text.py" line="125"/>
        <source>student</source>
        <translation>leerling</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="75"/>
        <location filename="../../korre_desktop/gui/status_text.py" line="123"/>
        <source>employee</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="81"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="82"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="83"/>
        <source>Audio</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="124"/>
        <source>guardian</source>
        <translation>ouder/verzorger</translation>
    </message>
</context>
<context>
    <name>StoredDocument</name>
    <message>
        <location filename="../../korre_desktop/gui/stored_document.py" line="53"/>
        <location filename="../../korre_desktop/gui/stored_document.py" line="58"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>StudentDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/student_dialog.py" line="46"/>
        <source>Edit student</source>
        <translation>Leerling wijzigen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/student_dialog.py" line="67"/>
        <source>(no class)</source>
        <translation>(geen klas)</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="6"/>
        <source>New student</source>
        <translation>Nieuwe leerling</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="19"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="39"/>
        <source>Student &amp;number:</source>
        <translation>&amp;Leerlingnummer:</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="62"/>
        <source>&amp;First name:</source>
        <translation>&amp;Roepnaam:</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="83"/>
        <source>&amp;Infix:</source>
        <translation>&amp;Tussenvoegsel:</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="95"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Achternaam:</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="116"/>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="127"/>
        <source>Leave empty when the date of birth is not known: the student then counts as younger than 16 and is on the worklist.</source>
        <translation>Laat leeg als de geboortedatum niet bekend is: de leerling telt dan als jonger dan 16 en staat op de werklijst.</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="140"/>
        <source>&amp;Enrolled on:</source>
        <translation>&amp;Ingeschreven per:</translation>
    </message>
    <message>
        <location filename="../../ui/student_dialog.ui" line="163"/>
        <source>&amp;Class:</source>
        <translation>&amp;Klas:</translation>
    </message>
</context>
<context>
    <name>StudentsTab</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/students.py" line="27"/>
        <source>Students</source>
        <translation>Leerlingen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/students.py" line="30"/>
        <source>%1 students</source>
        <translation>%1 leerlingen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/students.py" line="35"/>
        <source>Student number</source>
        <translation>Leerlingnummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/students.py" line="39"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/students.py" line="41"/>
        <source>Age</source>
        <translation>Leeftijd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/students.py" line="46"/>
        <source>Left</source>
        <translation>Vertrokken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/students.py" line="47"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="39"/>
        <source>The database %1 is encrypted. Type its passphrase, or the recovery code from the foundation&apos;s safe.</source>
        <translation>De database %1 is versleuteld. Typ de wachtwoordzin, of de herstelcode uit de kluis van de stichting.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="45"/>
        <source>The key kept on this computer does not open it.</source>
        <translation>De sleutel die op deze computer bewaard is, opent hem niet.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="49"/>
        <source>The key is then kept in this computer&apos;s keychain.</source>
        <translation>De sleutel wordt daarna bewaard in de sleutelhanger van deze computer.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="51"/>
        <source>This computer has no keychain: the passphrase is asked at every start.</source>
        <translation>Deze computer heeft geen sleutelhanger: de wachtwoordzin wordt bij elke start gevraagd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="61"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="62"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="84"/>
        <source>Type the passphrase or the recovery code.</source>
        <translation>Typ de wachtwoordzin of de herstelcode.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/database_key.py" line="86"/>
        <source>This passphrase or recovery code does not open the database (or the file is not a Korre Desktop database).</source>
        <translation>Deze wachtwoordzin of herstelcode opent de database niet (of het bestand is geen database van Korre Desktop).</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="6"/>
        <source>Korre Desktop: encrypted database</source>
        <translation>Korre Desktop: versleutelde database</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="20"/>
        <source>&amp;Passphrase or recovery code:</source>
        <translation>&amp;Wachtwoordzin of herstelcode:</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="26"/>
        <source>Passphrase or recovery code</source>
        <translation>Wachtwoordzin of herstelcode</translation>
    </message>
    <message>
        <location filename="../../ui/unlock_dialog.ui" line="33"/>
        <source>&amp;Show what I type</source>
        <translation>&amp;Toon wat ik typ</translation>
    </message>
</context>
<context>
    <name>UserActions</name>
    <message>
        <location filename="../../korre_desktop/gui/user_actions.py" line="23"/>
        <source>&amp;Users…</source>
        <translation>&amp;Gebruikers…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_actions.py" line="25"/>
        <source>Who may sign in to the server database, in which role</source>
        <translation>Wie mag inloggen op de serverdatabase, en in welke rol</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="84"/>
        <location filename="../../ui/user_dialog.ui" line="6"/>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="85"/>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="86"/>
        <source>Schools of a user</source>
        <translation>Scholen van een gebruiker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="87"/>
        <source>Link a class or trip group</source>
        <translation>Klas of reisgroep koppelen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="88"/>
        <source>New password</source>
        <translation>Nieuw wachtwoord</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="108"/>
        <source>none (classes linked by hand)</source>
        <translation>geen (klassen met de hand gekoppeld)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="113"/>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="116"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="161"/>
        <source>A teacher sees the classes the import links to their employee, and the classes and trip groups linked by hand.</source>
        <translation>Een leerkracht ziet de klassen die de import aan de medewerker koppelt, en de klassen en reisgroepen die met de hand zijn gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="165"/>
        <source>The teacher may then read and print this class&apos;s or group&apos;s lists.</source>
        <translation>De leerkracht mag dan de lijsten van deze klas of groep inzien en afdrukken.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="168"/>
        <source>Give the user the new password in person. They can change it themselves after signing in (File → Change password).</source>
        <translation>Geef de gebruiker het nieuwe wachtwoord persoonlijk. Na het inloggen kan die het zelf wijzigen (Bestand → Wachtwoord wijzigen).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/user_dialog.py" line="172"/>
        <source>The new role counts from the user&apos;s next sign-in.</source>
        <translation>De nieuwe rol geldt vanaf de volgende keer dat de gebruiker inlogt.</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="19"/>
        <source>&amp;Login name:</source>
        <translation>&amp;Inlognaam:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="27"/>
        <source>For example j.devries</source>
        <translation>Bijvoorbeeld j.devries</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="39"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="59"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="79"/>
        <source>Password &amp;again:</source>
        <translation>Wachtwoord &amp;herhalen:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="99"/>
        <source>Sc&amp;hools:</source>
        <translation>&amp;Scholen:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="107"/>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="111"/>
        <source>None ticked: every school.</source>
        <translation>Niets aangevinkt: alle scholen.</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="124"/>
        <source>&amp;Employee:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="144"/>
        <source>&amp;Class:</source>
        <translation>&amp;Klas:</translation>
    </message>
    <message>
        <location filename="../../ui/user_dialog.ui" line="164"/>
        <source>&amp;Trip group:</source>
        <translation>Reis&amp;groep:</translation>
    </message>
</context>
<context>
    <name>UserWords</name>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="50"/>
        <source>Fill in the login name.</source>
        <translation>Vul de inlognaam in.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="51"/>
        <source>A login name is at most 63 characters (fewer with accents).</source>
        <translation>Een inlognaam heeft hoogstens 63 tekens (minder met accenten).</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="54"/>
        <source>This login name cannot be used: it may not begin with pg_ or korre_.</source>
        <translation>Deze inlognaam kan niet: hij mag niet met pg_ of korre_ beginnen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="58"/>
        <source>This login is a user already.</source>
        <translation>Deze inlognaam is al een gebruiker.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="59"/>
        <source>Choose a role.</source>
        <translation>Kies een rol.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="60"/>
        <source>Fill in a password for the new login.</source>
        <translation>Vul een wachtwoord in voor de nieuwe inlognaam.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="61"/>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>De twee wachtwoorden verschillen: typ twee keer hetzelfde wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="64"/>
        <source>Only office and management users are limited to schools.</source>
        <translation>Alleen administratie en directie worden tot scholen beperkt.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="67"/>
        <source>This school no longer exists; close the window and try again.</source>
        <translation>Deze school bestaat niet meer; sluit het venster en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="70"/>
        <source>This employee no longer exists; close the window and try again.</source>
        <translation>Deze medewerker bestaat niet meer; sluit het venster en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="73"/>
        <source>This class is not in the current school year any more.</source>
        <translation>Deze klas hoort niet meer bij het huidige schooljaar.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="76"/>
        <source>There are several classes of this name; choose another way.</source>
        <translation>Er zijn meer klassen met deze naam; kies op een andere manier.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="79"/>
        <source>Choose a class or a trip group.</source>
        <translation>Kies een klas of een reisgroep.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="80"/>
        <source>This trip group no longer exists; close the window and try again.</source>
        <translation>Deze reisgroep bestaat niet meer; sluit het venster en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="83"/>
        <source>There are several trip groups of this name on this date.</source>
        <translation>Er zijn meer reisgroepen met deze naam op deze datum.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="86"/>
        <source>This user no longer exists; close the window and try again.</source>
        <translation>Deze gebruiker bestaat niet meer; sluit het venster en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="103"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="103"/>
        <source>no (disabled)</source>
        <translation>nee (uitgeschakeld)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/user_words.py" line="107"/>
        <source>every school</source>
        <translation>alle scholen</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="103"/>
        <source>Login</source>
        <translation>Inlognaam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="104"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="106"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="110"/>
        <source>Staff number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="112"/>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="118"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="119"/>
        <source>Trip groups</source>
        <translation>Reisgroepen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="200"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kan niet meer inloggen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/users_dialog.py" line="213"/>
        <source>%1 can sign in again.</source>
        <translation>%1 kan weer inloggen.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="6"/>
        <location filename="../../ui/users_dialog.ui" line="16"/>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="10"/>
        <source>Who may sign in to this server database, in which role. Each person signs in with their own login; the server enforces what the role may see and do.</source>
        <translation>Wie mag inloggen op deze serverdatabase, en in welke rol. Ieder logt in met een eigen inlognaam; de server bewaakt wat de rol mag zien en doen.</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="36"/>
        <source>&amp;Add user…</source>
        <translation>Gebruiker &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="41"/>
        <source>Change &amp;role…</source>
        <translation>&amp;Rol wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="46"/>
        <source>&amp;Schools…</source>
        <translation>&amp;Scholen…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="51"/>
        <source>&amp;Link class or trip group…</source>
        <translation>Klas of reisgroep &amp;koppelen…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="56"/>
        <source>New &amp;password…</source>
        <translation>Nieuw &amp;wachtwoord…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="61"/>
        <source>&amp;Disable…</source>
        <translation>&amp;Uitschakelen…</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="66"/>
        <source>&amp;Enable</source>
        <translation>&amp;Inschakelen</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <location filename="../../korre_desktop/gui/window_lock.py" line="104"/>
        <source>Signed in as %1. Type your password to go on.</source>
        <translation>Aangemeld als %1. Typ uw wachtwoord om verder te gaan.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/window_lock.py" line="149"/>
        <source>Type your password.</source>
        <translation>Typ uw wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/window_lock.py" line="152"/>
        <source>This is not your password. Try again.</source>
        <translation>Dit is niet uw wachtwoord. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>WithdrawAuthorisationDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/end_dialogs.py" line="71"/>
        <source>For example: left the team, by e-mail</source>
        <translation>Bijvoorbeeld: uit het team, per e-mail</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/end_dialogs.py" line="73"/>
        <source>Withdraw authorisation</source>
        <translation>Bevoegdheid intrekken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/end_dialogs.py" line="75"/>
        <source>%1 may no longer post for %2 from this date. The authorisation stays on record as withdrawn.</source>
        <translation>%1 mag vanaf deze datum niet meer posten voor %2. De bevoegdheid blijft bewaard als ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/end_dialogs.py" line="79"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/withdraw.py" line="33"/>
        <source>&lt;b&gt;Evidence&lt;/b&gt; (optional: the letter or e-mail)</source>
        <translation>&lt;b&gt;Bewijs&lt;/b&gt; (optioneel: de brief of e-mail)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/dialogs/withdraw.py" line="46"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <location filename="../../ui/withdraw_dialog.ui" line="6"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../ui/withdraw_dialog.ui" line="17"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <location filename="../../ui/withdraw_dialog.ui" line="24"/>
        <source>Withdrawn &amp;by:</source>
        <translation>Ingetrokken &amp;door:</translation>
    </message>
    <message>
        <location filename="../../ui/withdraw_dialog.ui" line="36"/>
        <source>&amp;Date:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <location filename="../../ui/withdraw_dialog.ui" line="71"/>
        <source>No&amp;te:</source>
        <translation>No&amp;titie:</translation>
    </message>
    <message>
        <location filename="../../ui/withdraw_dialog.ui" line="57"/>
        <source>&amp;Items:</source>
        <translation>&amp;Onderdelen:</translation>
    </message>
    <message>
        <location filename="../../ui/withdraw_dialog.ui" line="64"/>
        <source>&amp;All</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <location filename="../../ui/withdraw_dialog.ui" line="65"/>
        <source>N&amp;one</source>
        <translation>&amp;Niets</translation>
    </message>
    <message>
        <location filename="../../ui/withdraw_dialog.ui" line="77"/>
        <source>For example: withdrawn by e-mail</source>
        <translation>Bijvoorbeeld: ingetrokken per e-mail</translation>
    </message>
</context>
<context>
    <name>WorklistsTab</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/worklists.py" line="27"/>
        <source>Worklists</source>
        <translation>Werklijsten</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/worklists.py" line="31"/>
        <source>Staff: protocol overdue or not signed</source>
        <translation>Personeel: protocol te laat of niet getekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/worklists.py" line="32"/>
        <source>Turned 16: ask the student</source>
        <translation>16 geworden: leerling zelf vragen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/worklists.py" line="33"/>
        <source>Guardians disagree (conflict)</source>
        <translation>Ouders/verzorgers oneens (conflict)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/worklists.py" line="34"/>
        <source>No consent form at all</source>
        <translation>Nog geen enkel toestemmingsformulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/worklists.py" line="35"/>
        <source>New form needed: items unanswered or expired</source>
        <translation>Nieuw formulier nodig: onderdelen zonder antwoord of verlopen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/worklists.py" line="36"/>
        <source>Date of birth missing</source>
        <translation>Geboortedatum ontbreekt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/worklists.py" line="43"/>
        <source>Worklist</source>
        <translation>Werklijst</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/worklists.py" line="46"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/worklists.py" line="50"/>
        <source>&amp;List:</source>
        <translation>&amp;Lijst:</translation>
    </message>
</context>
</TS>
