<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>Columns</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="29"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="33"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="37"/>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="41"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/consent.py" line="69"/>
        <source>Media consent</source>
        <translation>Mediatoestemming</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/consent.py" line="79"/>
        <source>Has &apos;%1&apos;</source>
        <translation>Met ‘%1’</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/consent.py" line="84"/>
        <source>Everything granted</source>
        <translation>Alles toegestaan</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/consent.py" line="86"/>
        <source>Turned 16: ask the student</source>
        <translation>16 geworden: leerling zelf vragen</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="43"/>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="84"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="90"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="95"/>
        <source>blank</source>
        <translation>leeg</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="104"/>
        <source>no parental authority: does not count</source>
        <translation>geen ouderlijk gezag: telt niet mee</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="106"/>
        <source>withdrawal</source>
        <translation>intrekking</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="107"/>
        <source>imported</source>
        <translation>geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="108"/>
        <source>demo data</source>
        <translation>demogegevens</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="109"/>
        <source>scanned form</source>
        <translation>gescand formulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="110"/>
        <source>paper form</source>
        <translation>papieren formulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="113"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="114"/>
        <source>Form</source>
        <translation>Formulier</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="116"/>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="118"/>
        <source>scan attached</source>
        <translation>scan bijgevoegd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="120"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="124"/>
        <source>Entered</source>
        <translation>Ingevoerd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="129"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="146"/>
        <source>Student number</source>
        <translation>Leerlingnummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="147"/>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="148"/>
        <source>Class</source>
        <translation>Klas</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="150"/>
        <source>Date of birth</source>
        <translation>Geboortedatum</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="153"/>
        <source>(%1 years)</source>
        <translation>(%1 jaar)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="157"/>
        <location filename="../../korre_desktop/gui/detail_html.py" line="170"/>
        <source>Left on</source>
        <translation>Vertrokken op</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="160"/>
        <source>Staff number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="161"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="163"/>
        <source>Employment</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="166"/>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="167"/>
        <source>Started</source>
        <translation>In dienst</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="172"/>
        <source>no version in effect</source>
        <translation>geen versie van kracht</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="175"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="177"/>
        <source>(version %1)</source>
        <translation>(versie %1)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="183"/>
        <source>Media consent on %1</source>
        <translation>Mediatoestemming op %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="188"/>
        <source>Turned 16: ask the student for their own consent.</source>
        <translation>16 geworden: vraag de leerling om eigen toestemming.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="195"/>
        <source>Guardians</source>
        <translation>Ouders/verzorgers</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="202"/>
        <source>no parental authority</source>
        <translation>geen ouderlijk gezag</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="209"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="219"/>
        <source>Protocol signatures</source>
        <translation>Ondertekende protocollen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="227"/>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="230"/>
        <source>entered by %1</source>
        <translation>ingevoerd door %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="238"/>
        <source>None on record.</source>
        <translation>Niets vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="240"/>
        <source>Consent history (newest first)</source>
        <translation>Geschiedenis toestemming (nieuwste eerst)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="244"/>
        <source>No consent form on record.</source>
        <translation>Geen toestemmingsformulier vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/detail_html.py" line="247"/>
        <source>Changes to the record</source>
        <translation>Wijzigingen in het dossier</translation>
    </message>
</context>
<context>
    <name>EmployeesTab</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="29"/>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="32"/>
        <source>%1 employees</source>
        <translation>%1 medewerkers</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="35"/>
        <source>&amp;Employment:</source>
        <translation>&amp;Dienstverband:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="39"/>
        <source>Staff number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="41"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="43"/>
        <source>Employment</source>
        <translation>Dienstverband</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="45"/>
        <source>School(s)</source>
        <translation>School/scholen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="46"/>
        <source>Started</source>
        <translation>In dienst</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="47"/>
        <source>Left</source>
        <translation>Uit dienst</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/employees.py" line="48"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="30"/>
        <source>The database is in use by another program. Close the other program (or wait a moment) and try again.</source>
        <translation>De database is in gebruik door een ander programma. Sluit dat programma (of wacht even) en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="36"/>
        <source>This database was made with a newer version of Korre Desktop. Install the newest version to open it.</source>
        <translation>Deze database is gemaakt met een nieuwere versie van Korre Desktop. Installeer de nieuwste versie om hem te openen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="42"/>
        <source>This file is not a Korre Desktop database, or it is damaged.</source>
        <translation>Dit bestand is geen Korre Desktop-database, of het is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="46"/>
        <source>The database could not be used: %1</source>
        <translation>De database kan niet worden gebruikt: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="50"/>
        <source>This cannot be done: %1</source>
        <translation>Dit kan niet: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="53"/>
        <source>Something went wrong that Korre Desktop did not expect. Nothing was saved.</source>
        <translation>Er ging iets mis dat Korre Desktop niet verwachtte. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/errors.py" line="75"/>
        <source>Korre Desktop</source>
        <translation>Korre Desktop</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="105"/>
        <location filename="../../korre_desktop/gui/main_window.py" line="196"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="115"/>
        <source>Warning: the database is on a network share or in a cloud-synced folder; move it to a local disk.</source>
        <translation>Let op: de database staat op een netwerkschijf of in een cloudmap; zet hem op een lokale schijf.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="122"/>
        <source>(in memory)</source>
        <translation>(in het geheugen)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="147"/>
        <source>Empty database</source>
        <translation>Lege database</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="160"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="193"/>
        <source>Demo data can only be loaded into an empty database.</source>
        <translation>Demogegevens kunnen alleen in een lege database worden geladen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="196"/>
        <source>Making demo data…</source>
        <translation>Demogegevens maken…</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="216"/>
        <source>Cancelled: no demo data was saved.</source>
        <translation>Geannuleerd: er zijn geen demogegevens opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="234"/>
        <source>Export status as CSV</source>
        <translation>Status exporteren als CSV</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="234"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="249"/>
        <source>%1 people written to %2</source>
        <translation>%1 personen weggeschreven naar %2</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="262"/>
        <source>Make a backup</source>
        <translation>Back-up maken</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="262"/>
        <source>Database files (*.sqlite)</source>
        <translation>Databasebestanden (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="277"/>
        <source>Backup written: %1</source>
        <translation>Back-up gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="298"/>
        <source>The database has problems:</source>
        <translation>De database heeft problemen:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="302"/>
        <source>The database is in good order.</source>
        <translation>De database is in orde.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="319"/>
        <source>About Korre Desktop</source>
        <translation>Over Korre Desktop</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/main_window.py" line="321"/>
        <source>&lt;h3&gt;Korre Desktop %1&lt;/h3&gt;&lt;p&gt;Social-media protocol and media consent records of Stichting de Korre.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Korre Desktop %1&lt;/h3&gt;&lt;p&gt;Registratie van het protocol sociale media en de mediatoestemming van Stichting de Korre.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
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
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="47"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="57"/>
        <source>Load &amp;demo data…</source>
        <translation>&amp;Demogegevens laden…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="60"/>
        <source>&amp;Export status as CSV…</source>
        <translation>Status &amp;exporteren als CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="63"/>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="66"/>
        <source>&amp;Check database</source>
        <translation>Database &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="69"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="72"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="75"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="78"/>
        <source>&amp;About Korre Desktop</source>
        <translation>&amp;Over Korre Desktop</translation>
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
    <name>RecordTab</name>
    <message>
        <location filename="../../korre_desktop/gui/record_tab.py" line="92"/>
        <location filename="../../ui/record_tab.ui" line="40"/>
        <source>&amp;Class:</source>
        <translation>&amp;Klas:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_tab.py" line="185"/>
        <location filename="../../korre_desktop/gui/record_tab.py" line="194"/>
        <location filename="../../korre_desktop/gui/record_tab.py" line="205"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_tab.py" line="270"/>
        <source>Select a person to see their details and history.</source>
        <translation>Kies een persoon om de gegevens en de geschiedenis te zien.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/record_tab.py" line="313"/>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="11"/>
        <source>Search by name or number (Ctrl+F)</source>
        <translation>Zoek op naam of nummer (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="17"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="29"/>
        <source>&amp;School:</source>
        <translation>&amp;School:</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="51"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/record_tab.ui" line="62"/>
        <source>Show &amp;former</source>
        <translation>Ook &amp;vertrokken</translation>
    </message>
</context>
<context>
    <name>StaffAndStudents</name>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="85"/>
        <source>%1 people</source>
        <translation>%1 personen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="90"/>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="96"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="104"/>
        <source>All staff</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/tabs/common.py" line="105"/>
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
        <translation>&amp;Demogegevens laden</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="16"/>
        <source>granted</source>
        <translation>toegestaan</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="17"/>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="18"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="19"/>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="20"/>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="26"/>
        <source>Consent given: recordings may be used here.</source>
        <translation>Toestemming gegeven: opnamen mogen hier gebruikt worden.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="27"/>
        <source>Consent refused or withdrawn: do not use.</source>
        <translation>Toestemming geweigerd of ingetrokken: niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="28"/>
        <source>Guardians disagree: do not use; the office follows up.</source>
        <translation>Ouders/verzorgers zijn het oneens: niet gebruiken; de administratie neemt contact op.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="31"/>
        <source>No answer on record: do not use.</source>
        <translation>Geen antwoord vastgelegd: niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="32"/>
        <source>The answer is no longer valid: do not use.</source>
        <translation>Het antwoord is niet meer geldig: niet gebruiken.</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="38"/>
        <source>signed</source>
        <translation>getekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="39"/>
        <source>re-sign</source>
        <translation>opnieuw tekenen</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="40"/>
        <source>unsigned</source>
        <translation>niet getekend</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="41"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="47"/>
        <source>permanent</source>
        <translation>vast</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="48"/>
        <source>temporary</source>
        <translation>tijdelijk</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="49"/>
        <source>intern</source>
        <translation>stagiair</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="50"/>
        <source>substitute</source>
        <translation>invaller</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="51"/>
        <source>volunteer</source>
        <translation>vrijwilliger</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="57"/>
        <location filename="../../korre_desktop/gui/status_text.py" line="85"/>
        <source>student</source>
        <translation>leerling</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="58"/>
        <location filename="../../korre_desktop/gui/status_text.py" line="83"/>
        <source>employee</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="64"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="65"/>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="66"/>
        <source>Audio</source>
        <translation>Geluid</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="72"/>
        <source>School guide</source>
        <translation>Schoolgids</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="73"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="74"/>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="75"/>
        <source>School social media</source>
        <translation>Sociale media school</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="76"/>
        <source>Parent portal</source>
        <translation>Ouderportaal</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="77"/>
        <source>Staff&apos;s own social media</source>
        <translation>Eigen sociale media medewerkers</translation>
    </message>
    <message>
        <location filename="../../korre_desktop/gui/status_text.py" line="84"/>
        <source>guardian</source>
        <translation>ouder/verzorger</translation>
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
</TS>
