<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="104" />
        <source>About Looking Beyond</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="106" />
        <source>Looking Beyond %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="110" />
        <source>The registry of UNODC's civil-society partners: organizations, contacts, activities and seed funding, kept on this computer and synced with headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="114" />
        <source>Your data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="119" />
        <source>&amp;Open the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="125" />
        <source>Your data is kept outside the application's folder: installing a newer version or removing the application leaves it as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="127" />
        <source>What it is made of, and the licence of each part:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="130" />
        <source>%1 (font for Chinese)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134" />
        <source>Part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134" />
        <source>Version or source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="135" />
        <source>Licence</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="331" />
        <source>Search titles, cities, country codes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="333" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="334" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="335" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="336" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="337" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="338" />
        <source>Representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="343" />
        <source>&amp;New activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="345" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="353" />
        <source>Activities held, at least in part, in this period (either date may stay empty). Type a date or press F4 for a calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356" />
        <source>From date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356" />
        <source>To date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="357" />
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="358" />
        <source>Where the activity was held: type a country's name in any UN language, or its code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="360" />
        <source>All thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="361" />
        <source>A thematic area includes its sub-themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="362" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="363" />
        <source>All offices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="364" />
        <source>The UNODC office that organized the activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="365" />
        <source>All meetings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="366" />
        <source>The intergovernmental meeting the activity was part of or followed</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="374" />
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform><numerusform>%n activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="377" />
        <source>%1 of %n activity(ies)</source>
        <translation>
            <numerusform>%1 of %n activity</numerusform><numerusform>%1 of %n activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="380" />
        <source>Delete %n activity(ies)</source>
        <translation>
            <numerusform>Delete %n activity</numerusform><numerusform>Delete %n activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="383" />
        <source>Delete %n activity(ies) and their participants? They go to the Trash.</source>
        <translation>
            <numerusform>Delete %n activity and their participants? They go to the Trash.</numerusform><numerusform>Delete %n activities and their participants? They go to the Trash.</numerusform></translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="184" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="185" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186" />
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="213" />
        <source>New activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="183" />
        <source>&amp;Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="255" />
        <source>&amp;Participants (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="261" />
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n representative</numerusform><numerusform>%n representatives</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="262" />
        <source>of %n organization(s)</source>
        <translation>
            <numerusform>of %n organization</numerusform><numerusform>of %n organizations</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="263" />
        <source>women: %1, men: %2, not recorded: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="266" />
        <source>%n Member State(s) involved</source>
        <translation>
            <numerusform>%n Member State involved</numerusform><numerusform>%n Member States involved</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="282" />
        <source>Create activity “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="285" />
        <source>Edit activity “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="136" />
        <source>Add from an attendance sheet</source>
        <extracomment>organizations the name likely is across scripts and spellings, not among ``matches``</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="149" />
        <source>A .csv or .xlsx file: one row per person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="151" />
        <source>&amp;Choose file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165" />
        <source>Column in the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165" />
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165" />
        <source>Means</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172" />
        <source>In the sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172" />
        <source>Added as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172" />
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173" />
        <source>People known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173" />
        <source>Representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173" />
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303" />
        <source>Women</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174" />
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303" />
        <source>Men</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="188" />
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="529" />
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="197" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="206" />
        <source>What each column means (guessed from its header; change it if it is wrong):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="212" />
        <source>Organizations found, with how sure each match is (100: the same name):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="243" />
        <source>Attendance sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="244" />
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="251" />
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="273" />
        <source>The file could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="275" />
        <source>There is no file %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="276" />
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="277" />
        <source>The file is too big for an attendance sheet (%1; at most 20 MB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="279" />
        <source>This is not a spreadsheet: choose a .csv or .xlsx file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="280" />
        <source>This file is not text that can be read as CSV. Save it from the spreadsheet as “CSV UTF-8” or as .xlsx.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="282" />
        <source>The CSV file is malformed near line %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="284" />
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="285" />
        <source>The first row must name the columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="286" />
        <source>The file has more than %1 rows: that is not an attendance sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="288" />
        <source>The workbook cannot be read: is it an .xlsx file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="290" />
        <source>Nothing was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300" />
        <source>(not used)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301" />
        <source>Person's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302" />
        <source>Sex (F/M)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302" />
        <source>Number of people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="304" />
        <source>Country code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="352" />
        <source>Say which column names the organization.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="356" />
        <source>Matching…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="397" />
        <source>row %1: “%2” is not a number of people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="401" />
        <source>%1 women and men is more than the representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="405" />
        <source>row %1: “%2” is neither F nor M (counted as not recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="409" />
        <source>may already be in the registry: see below</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="515" />
        <source>%n of them may already be in the registry (see below the list)</source>
        <translation>
            <numerusform>%n of them may already be in the registry (see below the list)</numerusform><numerusform>%n of them may already be in the registry (see below the list)</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="413" />
        <source>a new organization needs a country: add a country column or set the activity's country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="417" />
        <source>“%1” is not a country code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="420" />
        <source>created in %1, the activity's country (the sheet has none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="424" />
        <source>not the same name: check the match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="426" />
        <source>already taking part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="431" />
        <source>the same organization as another line: leave one out or choose another match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="450" />
        <source>%1 (score %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="456" />
        <source>Create new organization “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="457" />
        <source>Leave out</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="511" />
        <source>%n organization(s) to add</source>
        <translation>
            <numerusform>%n organization to add</numerusform><numerusform>%n organizations to add</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="512" />
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n representative</numerusform><numerusform>%n representatives</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="513" />
        <source>%n new organization(s)</source>
        <translation>
            <numerusform>%n new organization</numerusform><numerusform>%n new organizations</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="518" />
        <source>rows without an organization, left out: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="522" />
        <source>%n organization(s) have a problem (in red): fix it, choose another match, or leave them out.</source>
        <translation>
            <numerusform>%n organization have a problem (in red): fix it, choose another match, or leave them out.</numerusform><numerusform>%n organizations have a problem (in red): fix it, choose another match, or leave them out.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="528" />
        <source>&amp;Add %n organization(s)</source>
        <translation>
            <numerusform>&amp;Add %n organization</numerusform><numerusform>&amp;Add %n organizations</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="538" />
        <source>Use it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="539" />
        <source>“%1” may already be in the registry:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="569" />
        <source>Add %n participant(s) from an attendance sheet</source>
        <translation>
            <numerusform>Add %n participant from an attendance sheet</numerusform><numerusform>Add %n participants from an attendance sheet</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="577" />
        <source>Nothing was added:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="580" />
        <source>Nothing was added: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CoOrganizers</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="87" />
        <source>Type part of a name to add an organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="92" />
        <source>Remo&amp;ve</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="245" />
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355" />
        <source>Kept now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="247" />
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="357" />
        <source>The other value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="252" />
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358" />
        <source>Keep this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="255" />
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359" />
        <source>Keep the other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="258" />
        <source>Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="261" />
        <source>Apply this choice to the remaining conflicts of this kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="277" />
        <source>No conflicts to review. When the same field is changed on two computers before they sync, both values are kept here for you to choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355" />
        <source>Headquarters' version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="356" />
        <source>Refused and discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358" />
        <source>&amp;Let it go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359" />
        <source>&amp;Send it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="362" />
        <source>Headquarters did not accept this change and it was discarded on this computer. The values refused are kept here: send them again (headquarters says again if it still refuses), or let them go.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="366" />
        <source>Headquarters never had this record: it is in the Trash on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="367" />
        <source>The value headquarters holds, brought back by the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="376" />
        <source>This field was changed on two computers before they synced. One value is kept now; the other is here for you to bring back if it was the right one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="380" />
        <source>The record was deleted on one computer and edited on another. Keeping the edit brings the record back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="391" />
        <source>Merged into “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="392" />
        <source>another organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="394" />
        <source>This organization was merged into two different records on two computers. It now points to the first; what named it went there too. If both records are one organization, merge them as well; if the other merge was right, merge the first record into the other one.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="233" />
        <source>e.g. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="234" />
        <source>Type a date (%1 or 2011-12-31), or press F4 for a calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="236" />
        <source>Choose from a calendar (F4)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="generated_strings.py" line="215" />
        <source>Computers of the Project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="216" />
        <source>Every computer enrolled with headquarters. A lost or stolen one can be erased: at its next sync it sends what it has not sent, then erases its copy of the registry and signs out for good.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="217" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="218" />
        <source>&amp;Erase Its Data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="219" />
        <source>Asking headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="220" />
        <source>Erase a computer's data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="221" />
        <source>Erase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="222" />
        <source>in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="223" />
        <source>signed out by headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="224" />
        <source>to be erased at its next sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="225" />
        <source>erasing (not yet confirmed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="226" />
        <source>erased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="227" />
        <source>Computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="228" />
        <source>Person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="229" />
        <source>Last sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="230" />
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="231" />
        <source>Only the Civil Society Team (hq users) may see the project's computers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="232" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="233" />
        <source>%1 (this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="234" />
        <source>Erase everything on “%1” (%2)? At its next sync it sends what it has not sent, then erases its copy of the registry, its backups and logs, and signs out for good. This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/devices.py" line="144" />
        <source>%n computer(s).</source>
        <translation>
            <numerusform>%n computer.</numerusform><numerusform>%n computers.</numerusform></translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="182" />
        <source>Records behind a figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="197" />
        <source>Listing the records…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="219" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="222" />
        <source>Show the record chosen in its page (Enter or a double-click do the same)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="261" />
        <source>Participations in activities: %1, adding up to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="263" />
        <source>Organizations: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264" />
        <source>Activities: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264" />
        <source>Grants: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="265" />
        <source>People: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="266" />
        <source>Records: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="272" />
        <source>The records could not be listed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="209" />
        <source>Already in the registry?</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="214" />
        <source>“%1” looks like %n organization(s) already in the registry. Open the existing one instead of making a second record, or save this one as a new organization if it is another body.</source>
        <translation>
            <numerusform>“%1” looks like %n organization already in the registry. Open the existing one instead of making a second record, or save this one as a new organization if it is another body.</numerusform><numerusform>“%1” looks like %n organizations already in the registry. Open the existing one instead of making a second record, or save this one as a new organization if it is another body.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221" />
        <source>How alike</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221" />
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="246" />
        <source>&amp;Save as a new organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="207" />
        <source>&amp;Open “%1”</source>
        <extracomment>From this score a match is "very likely" the same organization, below it "likely".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="235" />
        <source>very likely the same (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="236" />
        <source>likely the same (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="237" />
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="238" />
        <source>%1%</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="239" />
        <source>“%2”: %4 (%3)</source>
        <oldsource>“%2”: %3 — %4</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="240" />
        <source>Likely %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="241" />
        <source>row %1 of this file, “%2”: %4 (%3)</source>
        <oldsource>row %1 of this file, “%2”: %3 — %4</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="242" />
        <source>“%2”, %5: %4 (%3)</source>
        <oldsource>“%2” (%5): %3 — %4</oldsource>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="243" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="244" />
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="generated_strings.py" line="245" />
        <source>Erased person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="246" />
        <source>Headquarters could not erase this person's data because of an unexpected error (the details are in its log). Try again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="247" />
        <source>Headquarters could not be reached, so nothing was erased. Erasing a person's data needs a connection: try again when this computer is online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="248" />
        <source>The connection to headquarters failed before it answered, so this computer does not know whether the data was erased. Try again when the connection is better: erasing twice does no harm.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="249" />
        <source>Headquarters refused: only the Civil Society Team (headquarters users) may erase a person's data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="250" />
        <source>Headquarters does not have this contact yet: it was never synced. Sync, then erase it again (or delete it: it never left this computer).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="251" />
        <source>This computer is not connected to headquarters: log in on the Sync page, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="252" />
        <source>Headquarters erased this person's data on %1. They still count in the activities they took part in, without a name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="145" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="154" />
        <source>A &amp;whole table:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="164" />
        <source>The &amp;list on screen, with its search and filters: %1, %n record(s)</source>
        <translation>
            <numerusform>The &amp;list on screen, with its search and filters: %1, %n record</numerusform><numerusform>The &amp;list on screen, with its search and filters: %1, %n records</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="170" />
        <source>The list on screen (this page has no list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="175" />
        <source>CSV (opens in any spreadsheet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="176" />
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="177" />
        <source>JSON (for other programs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="180" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="183" />
        <source>Contacts are personal data: the file will hold people's names, e-mail addresses, phone numbers and notes. Keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="216" />
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="235" />
        <source>What:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="236" />
        <source>&amp;Format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="239" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="286" />
        <source>The contacts of %n organization(s) at risk are left out. Include the contacts of these at-risk organizations only if you must:</source>
        <translation>
            <numerusform>The contacts of %n organization at risk are left out. Include the contacts of these at-risk organizations only if you must:</numerusform><numerusform>The contacts of %n organizations at risk are left out. Include the contacts of these at-risk organizations only if you must:</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="318" />
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="319" />
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="337" />
        <source>Choose the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="354" />
        <source>This file will hold personal data of %n person(s): their names, positions, e-mail addresses, phone numbers, consent dates and notes. Anyone who gets the file can read them. Export the contacts?</source>
        <translation>
            <numerusform>This file will hold personal data of %n person: their names, positions, e-mail addresses, phone numbers, consent dates and notes. Anyone who gets the file can read them. Export the contacts?</numerusform><numerusform>This file will hold personal data of %n persons: their names, positions, e-mail addresses, phone numbers, consent dates and notes. Anyone who gets the file can read them. Export the contacts?</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="358" />
        <source>Export personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="372" />
        <source>Exporting… Cancel stops it and writes no file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="412" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="398" />
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>Exported %n record to %1.</numerusform><numerusform>Exported %n records to %1.</numerusform></translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="261" />
        <source>The export was cancelled: no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="262" />
        <source>The disk is full: the file was not written. Free some space or choose another disk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="263" />
        <source>The file was not written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="264" />
        <source>The file could not be written to %1: you may not write in that folder, or the file is open in another program. Choose another place or close it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="265" />
        <source>The folder %1 does not exist: choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="266" />
        <source>The file was not written: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="140" />
        <source>Separate several with ;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="158" />
        <source>Type a country's name in any UN language, or its code; the list shows the matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/errors.py" line="47" />
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="228" />
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="532" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="586" />
        <source>Click to list the records behind it.</source>
        <extracomment>A caption narrower than this stays on one line.</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="203" />
        <source>Choose a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="204" />
        <source>A CSV file, an Excel workbook (.xlsx) or a JSON file whose first row (or keys) name the columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="208" />
        <source>Choose a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="210" />
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="216" />
        <source>&amp;Sheet:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="226" />
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="242" />
        <source>Import a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="243" />
        <source>Spreadsheets and data (*.csv *.xlsx *.xlsm *.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="268" />
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="287" />
        <source>%n row(s) to read.</source>
        <translation>
            <numerusform>%n row to read.</numerusform><numerusform>%n rows to read.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="288" />
        <source>Columns: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="239" />
        <source>Clear filters</source>
        <extracomment>The search box's narrowest width: a few words stay readable on a 1024-pixel screen. The shortcut of "Save view…" (Ctrl+Shift+S is "Sync now"; Ctrl+D bookmarks in browsers). Characters a filter drop-down shows at its narrowest (its list shows entries whole).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="243" />
        <source>Vie&amp;ws</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="245" />
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="430" />
        <source>Saved searches and filters: apply one, save the current one, rename or delete them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="252" />
        <source>&amp;Save view…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="323" />
        <source>No country is called “%1”: every country is listed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="332" />
        <source>Not a date: the period ignores it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="429" />
        <source>View on screen: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="454" />
        <source>No saved view yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="458" />
        <source>&amp;Rename view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="460" />
        <source>&amp;Delete view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="495" />
        <source>A view called “%1” exists. Replace it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="496" />
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="531" />
        <source>Saved views</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="501" />
        <source>Save view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="502" />
        <source>Name of this search and its filters (e.g. “Kenya 2011”):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516" />
        <source>Rename view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516" />
        <source>New name of the view “%1”:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="529" />
        <source>Delete the view “%1”? Only its saved search and filters go; no record is touched.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="49" />
        <source>Welcome to Looking Beyond</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="55" />
        <source>This is your office's registry of civil-society partners: organizations, their contacts, the activities they took part in and the seed funding they received. Everything works offline; your changes are sent to headquarters when a connection is set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="60" />
        <source>Explore with &amp;demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="63" />
        <source>Fills this data folder with made-up organizations, activities and grants to try the application. A demo folder can never be connected to headquarters: for real work, start another data folder (File &gt; New data folder…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="66" />
        <source>Start with an &amp;empty registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="69" />
        <source>You can connect to headquarters later, on the Sync page: your work is kept on this computer until then.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GrantEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="178" />
        <source>Type the name of a regional lead organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="189" />
        <source>Type part of an activity's title to link it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="191" />
        <source>Unlink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="199" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="211" />
        <source>Activities paid for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="219" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="220" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221" />
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="233" />
        <source>New grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="265" />
        <source>%1 %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="308" />
        <source>Mark as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="311" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="313" />
        <source>Step back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="329" />
        <source>Create grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="332" />
        <source>Edit grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="366" />
        <source>Grant: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="382" />
        <source>Organization %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="398" />
        <source>Search purpose or organization…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="400" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="401" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="402" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="403" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="404" />
        <source>Follows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="409" />
        <source>&amp;New grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="411" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="417" />
        <source>Grants approved in this period (either date may stay empty); a grant not yet approved has no approval date and is left out while a date is set. Type a date or press F4 for a calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421" />
        <source>Approved from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421" />
        <source>Approved until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="422" />
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="423" />
        <source>The organization's country: type a country's name in any UN language, or its code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="425" />
        <source>All thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="426" />
        <source>The organization's thematic areas (a grant has none of its own); an area includes its sub-themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="428" />
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="430" />
        <source>All currencies</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="439" />
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n grant</numerusform><numerusform>%n grants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="442" />
        <source>%1 of %n grant(s)</source>
        <translation>
            <numerusform>%1 of %n grant</numerusform><numerusform>%1 of %n grants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="445" />
        <source>Delete %n grant(s)</source>
        <translation>
            <numerusform>Delete %n grant</numerusform><numerusform>Delete %n grants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="448" />
        <source>Delete %n grant(s)? They go to the Trash.</source>
        <translation>
            <numerusform>Delete %n grant? They go to the Trash.</numerusform><numerusform>Delete %n grants? They go to the Trash.</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="26" />
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="39" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="50" />
        <source>The latest change of these fields, made on another computer and received by sync; earlier changes made there are kept at headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="61" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="62" />
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="63" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="64" />
        <source>Restored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="65" />
        <source>Merged into another organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="66" />
        <source>Merge undone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="968" />
        <source>Import a file</source>
        <extracomment>Emitted from the database worker's thread between chunks of rows (done, total): a queued connection shows it; a direct connection runs on the worker (tests cancel there).</extracomment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1018" />
        <source>Import %n record(s) from %1</source>
        <translation>
            <numerusform>Import %n record from %1</numerusform><numerusform>Import %n records from %1</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1033" />
        <source>Cancelling… nothing will be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="271" />
        <source>%1 cannot be imported: choose a CSV file, an Excel workbook (.xlsx) or a JSON file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="272" />
        <source>%1 does not exist any more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="273" />
        <source>%1 is a folder: choose a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="274" />
        <source>%1 cannot be read: you may not have permission to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="275" />
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="276" />
        <source>%1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="277" />
        <source>%1 is not saved as UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”, then choose it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="278" />
        <source>%1 is not a text file: is it really a CSV file?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="279" />
        <source>%1 is not a valid CSV file (line %2): a quote may be left open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="280" />
        <source>%1 has no column names: its first row must name the columns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="281" />
        <source>Column %2 of %1 has no name: name every column in the first row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="282" />
        <source>%1 names a column twice (%2): give each column its own name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="283" />
        <source>Row %2 of %1 has more cells than there are column names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="284" />
        <source>%1 has more than %2 rows: split it into smaller files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="285" />
        <source>%1 has no rows under its column names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="286" />
        <source>%1 is not a readable Excel workbook (.xlsx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="287" />
        <source>The sheet “%2” of %1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="288" />
        <source>%1 is not a JSON list of records (line %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="289" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="290" />
        <source>Contacts of organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="291" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="292" />
        <source>Participants of activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="293" />
        <source>Grants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="294" />
        <source>Imported: %1 created, %2 updated.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="generated_strings.py" line="295" />
        <source>This window is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="296" />
        <source>It locked itself after a while without use, to keep the registry from other eyes. Type your headquarters password or your PIN to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="297" />
        <source>Password or PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="298" />
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="299" />
        <source>That is neither the password nor the PIN. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="300" />
        <source>Lock Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="301" />
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="302" />
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="303" />
        <source>Remove the PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="304" />
        <source>Lock after this long without use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="305" />
        <source>New PIN (4 to 12 digits):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="306" />
        <source>The PIN again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="307" />
        <source>The data on this computer is encrypted. Its key is kept in this computer's keyring, which your sign-in to the computer opens: keep that sign-in to yourself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="308" />
        <source>Your headquarters password and your PIN open the window on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="311" />
        <source>The data on this computer is encrypted with the passphrase typed each time it opens. Without the passphrase nobody can read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="312" />
        <source>Your headquarters password opens the window on this computer. A PIN is quicker to type.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="314" />
        <source>Your PIN opens the window on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="315" />
        <source>Nobody has logged in to headquarters on this computer yet: choose a PIN so that the window can lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="309" />
        <source>The two PINs differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="310" />
        <source>A PIN has 4 to 12 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="313" />
        <source>The settings could not be kept: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/lock.py" line="185" />
        <source>Too many wrong tries: wait %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries: wait %n second.</numerusform><numerusform>Too many wrong tries: wait %n seconds.</numerusform></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="59" />
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="719" />
        <source>Looking Beyond</source>
        <extracomment>Days without a successful sync after which the banner warns (QSettings ``sync/warnDays``).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="168" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="168" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169" />
        <source>Grants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170" />
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170" />
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="285" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171" />
        <source>Reports</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="183" />
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform><numerusform>Conflicts (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="189" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="190" />
        <source>&amp;New organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="192" />
        <source>New &amp;activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="194" />
        <source>New &amp;grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="195" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="196" />
        <source>Open the &amp;log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="197" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="206" />
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="208" />
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="214" />
        <source>&amp;Open data folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="216" />
        <source>New data &amp;folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="221" />
        <source>&amp;Lock Now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="222" />
        <source>Lock Se&amp;ttings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="231" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="232" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="234" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="237" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="241" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="245" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="252" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="255" />
        <source>&amp;Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="256" />
        <source>&amp;Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="259" />
        <source>&amp;Cancel the sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="265" />
        <source>Sync by &amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="266" />
        <source>&amp;Write a File for Headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="269" />
        <source>&amp;Read a Reply from Headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="275" />
        <source>Computers of the &amp;Project…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="281" />
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="282" />
        <source>&amp;About Looking Beyond</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="335" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="341" />
        <source>The system's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="470" />
        <source>Data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="475" />
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="496" />
        <source>Last sync: never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="477" />
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="638" />
        <source>Headquarters: not enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="479" />
        <source>Log in on the Sync page to connect this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="495" />
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="550" />
        <source>Writing the file for headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="551" />
        <source>Reading the reply from headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="556" />
        <source>The file for headquarters is written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="562" />
        <source>The file could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="563" />
        <source>The reply could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="574" />
        <source>The reply from headquarters is read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="600" />
        <source>Syncing with headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="611" />
        <source>Sync finished.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="625" />
        <source>The next try is in %n minute(s).</source>
        <translation>
            <numerusform>The next try is in %n minute.</numerusform><numerusform>The next try is in %n minutes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="636" />
        <source>Headquarters: reachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="637" />
        <source>Headquarters: unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="650" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="672" />
        <source>This computer has never synced with headquarters: your changes exist only here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="685" />
        <source>No sync with headquarters for %n day(s): your recent changes exist only on this computer.</source>
        <translation>
            <numerusform>No sync with headquarters for %n day: your recent changes exist only on this computer.</numerusform><numerusform>No sync with headquarters for %n days: your recent changes exist only on this computer.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="718" />
        <source>Looking Beyond — demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="773" />
        <source>The new organization “%1” that you set aside is not saved. Close and lose it? (Cancel, then “Back to it”, to save it.)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="493" />
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform><numerusform>%n changes to send</numerusform></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="331" />
        <source>Match the columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="332" />
        <source>Choose where the rows go and which field each column fills. Columns set to “Not imported” are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343" />
        <source>Column in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343" />
        <source>First value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="361" />
        <source>&amp;Import into:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="411" />
        <source>Not imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="419" />
        <source>These columns were matched as you matched them last time for this file layout.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="454" />
        <source>Choose a column for: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="458" />
        <source>Several columns fill the same field: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="461" />
        <source>Choose a field for at least one column.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="198" />
        <source>Merge the two values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="199" />
        <source>Both values are below. Edit them into the one to keep.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="112" />
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="299" />
        <source>Merge two organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="120" />
        <source>Choose the record to keep and, for each field that differs, the value it keeps. The other record's contacts, participation, grants and co-organizing move to the kept one; its names become other names of the kept one. It is kept out of sight as a pointer, so that what other computers add to it before they hear of the merge lands on the kept one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="128" />
        <source>Keep:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="148" />
        <source>&amp;Merge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="163" />
        <source>One of the two organizations is no longer here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="199" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="200" />
        <source>Kept record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="201" />
        <source>Other record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230" />
        <source>newer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230" />
        <source>the kept record has none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="233" />
        <source>Proposed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="238" />
        <source>The two records hold the same values.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="249" />
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform><numerusform>%n contacts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="251" />
        <source>%n participation record(s)</source>
        <translation>
            <numerusform>%n participation record</numerusform><numerusform>%n participation records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="253" />
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n grant</numerusform><numerusform>%n grants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="255" />
        <source>%n co-organized activity(ies)</source>
        <translation>
            <numerusform>%n co-organized activity</numerusform><numerusform>%n co-organized activities</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="256" />
        <source>Moves to the kept record: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="257" />
        <source>Nothing else names the other record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="258" />
        <source>“%1” becomes one of the kept record's other names.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="260" />
        <source>Edit &gt; Undo takes the merge back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="277" />
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="294" />
        <source>The organizations were not merged: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="198" />
        <source>&amp;Back to it</source>
        <extracomment>How long typing pauses before the name is looked up in the registry (milliseconds).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="201" />
        <source>Discard it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="228" />
        <source>&amp;Add contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="230" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="232" />
        <source>Delete contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="234" />
        <source>Save the organization to add its contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="236" />
        <source>%1 This organization is at risk: these people's contact details stay on headquarters' and this office's computers. They are not sent to partners' computers, and exports and reports leave them out unless you ask for them by name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="250" />
        <source>Erase Personal Data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276" />
        <source>Representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="281" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="282" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="283" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="284" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286" />
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="294" />
        <source>Protect its people's contact details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="296" />
        <source>For people in danger if their names were known. Only headquarters and the office of its country receive their contact details, never partners or other countries' offices. Exports and reports leave them out unless you ask for them by name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="318" />
        <source>New organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="367" />
        <source>Contacts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="413" />
        <source>Looking for this organization in the registry…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="481" />
        <source>Your new organization “%1” was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="551" />
        <source>Looks like %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="552" />
        <source>Looks like %1, and %n more.</source>
        <translation>
            <numerusform>Looks like %1, and %n more.</numerusform><numerusform>Looks like %1, and %n more.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="553" />
        <source>Show…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="568" />
        <source>Create “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="571" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="628" />
        <source>Add contact “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="631" />
        <source>Edit contact “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="646" />
        <source>Delete contact “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="670" />
        <source>This person's data is erased, at headquarters and on this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="687" />
        <source>This person's data was already erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="689" />
        <source>Headquarters is being asked to erase a person's data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="691" />
        <source>Select a contact first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="694" />
        <source>Erase this person's name, e-mail, phone, consent date and notes for good, at headquarters and on every computer (needs a connection).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="703" />
        <source>Erased person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="704" />
        <source>There is nothing to edit: headquarters erased this person's data on %1, on every computer. They still count in the activities they took part in, without a name. If the person joins again, add them as a new contact with their consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="720" />
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="794" />
        <source>Erase a person's data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="721" />
        <source>Erase the personal data of “%1” for good?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="724" />
        <source>Headquarters removes this person's name, e-mail, phone, consent date and notes now, and every computer that holds them at its next sync, from its backups too. This cannot be undone.

The person stays counted in the activities they took part in, without a name. Erasing needs a connection to headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="729" />
        <source>Erase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="750" />
        <source>Asking headquarters to erase this person's data…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="779" />
        <source>Headquarters erased this person's data (%1). Syncing, so that this computer removes it too…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="782" />
        <source>Headquarters erased this person's data (%1). This computer removes it at its next sync.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="44" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="45" />
        <source>Acronym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="46" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="47" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="48" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="49" />
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="50" />
        <source>Networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="51" />
        <source>RLO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="52" />
        <source>Cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="323" />
        <source>Not yet synced: changes here wait to be sent to headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="324" />
        <source>At risk: its people's contact details stay on headquarters' and the owning office's computers, and exports and reports leave them out unless asked for by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="325" />
        <source>Conflict: review it on the Conflicts page</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="70" />
        <source>Search names, acronyms, cities, notes…</source>
        <extracomment>The search box's narrowest width (a few words stay readable on a 1024-pixel screen). The list's narrowest width beside the editor (the name column and a little more).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="73" />
        <source>All regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="74" />
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="75" />
        <source>All thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="76" />
        <source>All networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="77" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="79" />
        <source>RLOs only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="82" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="114" />
        <source>&amp;New organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="116" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="122" />
        <source>&amp;Merge Two Organizations…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="124" />
        <source>Select two records of one organization, then merge them into one</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="220" />
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform><numerusform>%n organizations</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="281" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="316" />
        <source>Merged. Edit &gt; Undo takes it back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="337" />
        <source>Delete %n organization(s) and their contacts? They go to the Trash, from where they can be restored.</source>
        <translation>
            <numerusform>Delete %n organization and their contacts? They go to the Trash, from where they can be restored.</numerusform><numerusform>Delete %n organizations and their contacts? They go to the Trash, from where they can be restored.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="345" />
        <source>Delete %n organization(s)</source>
        <translation>
            <numerusform>Delete %n organization</numerusform><numerusform>Delete %n organizations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="351" />
        <source>%n organization(s) moved to the Trash.</source>
        <translation>
            <numerusform>%n organization moved to the Trash.</numerusform><numerusform>%n organizations moved to the Trash.</numerusform></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="44" />
        <source>Organizations by region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="45" />
        <source>Organizations by thematic area</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="94" />
        <source>%n organization(s) in the registry</source>
        <translation>
            <numerusform>%n organization in the registry</numerusform><numerusform>%n organizations in the registry</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="107" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="411" />
        <source>(no one named)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171" />
        <source>Representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171" />
        <source>Women</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171" />
        <source>Men</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172" />
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="250" />
        <source>Representatives whose sex was not recorded: representatives minus women and men (computed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="326" />
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="327" />
        <source>“%1” is not a whole number of people (0 or more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="328" />
        <source>cannot be more than %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="329" />
        <source>%1 women and men is more than the %2 representatives</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="780" />
        <source>Save the activity to add who took part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="783" />
        <source>Find organizations or people to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="798" />
        <source>Tick several with Space or a click (or select them with Shift and Ctrl), then Ctrl+Enter adds them all.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="803" />
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="989" />
        <source>Add &amp;selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="805" />
        <source>Ctrl+Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="807" />
        <source>New &amp;organization…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="810" />
        <source>From attendance s&amp;heet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="822" />
        <source>Type to change a cell · Tab: next cell · Enter: next row · Ctrl+V: paste from a spreadsheet · Delete: clear or remove · Esc: drop a refused value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="835" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="841" />
        <source>Loo&amp;k up:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="964" />
        <source>%1 (already taking part)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="988" />
        <source>Add %n selected</source>
        <translation>
            <numerusform>Add %n selected</numerusform><numerusform>Add %n selected</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1017" />
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Add %n participant</numerusform><numerusform>Add %n participants</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1044" />
        <source>Edit participant “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1097" />
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1154" />
        <source>Nothing was pasted:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1101" />
        <source>Paste into %n participant(s)</source>
        <translation>
            <numerusform>Paste into %n participant</numerusform><numerusform>Paste into %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1103" />
        <source>%n pasted line(s) fell below the last participant and were left out.</source>
        <translation>
            <numerusform>%n pasted line fell below the last participant and were left out.</numerusform><numerusform>%n pasted lines fell below the last participant and were left out.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1115" />
        <source>Nothing was saved:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1135" />
        <source>Paste %n participant(s)</source>
        <translation>
            <numerusform>Paste %n participant</numerusform><numerusform>Paste %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1138" />
        <source>%n organization(s) pasted.</source>
        <translation>
            <numerusform>%n organization pasted.</numerusform><numerusform>%n organizations pasted.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1140" />
        <source>Taken as the closest known name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1144" />
        <source>Not found, left out (add them with New organization):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1147" />
        <source>Left out, their organization was on an earlier line (add its numbers to that line):</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1169" />
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>Clear %n cell</numerusform><numerusform>Clear %n cells</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1182" />
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform><numerusform>Remove %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1192" />
        <source>Remove %n participant(s) from this activity?</source>
        <translation>
            <numerusform>Remove %n participant from this activity?</numerusform><numerusform>Remove %n participants from this activity?</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1221" />
        <source>Create “%1” and add it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1244" />
        <source>&amp;Add “%1” instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1253" />
        <source>New organization</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35" />
        <source>Choose a Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35" />
        <source>Unlock the Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="39" />
        <source>This computer has no keyring to keep the key that encrypts the data in %1. Choose a passphrase instead: you will type it each time the data is opened.

Keep it safe. Without it nobody, not even headquarters, can read this folder; what was synced can be synced again into a new folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="44" />
        <source>The data in %1 is encrypted with a passphrase. Type it to open the data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="54" />
        <source>&amp;Passphrase:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="59" />
        <source>&amp;Again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71" />
        <source>&amp;Lock the Data With It</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="78" />
        <source>That passphrase does not open this data. Try again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="93" />
        <source>At least %n characters.</source>
        <translation>
            <numerusform>At least %n characters.</numerusform><numerusform>At least %n characters.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="95" />
        <source>The two passphrases differ.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="583" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="585" />
        <source>Problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587" />
        <source>Create anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587" />
        <source>Likely already there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="624" />
        <source>Created anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="625" />
        <source>Skipped: likely a duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="626" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="671" />
        <source>Check the rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="672" />
        <source>Every row is checked with the rules of the forms. A file is imported whole or not at all: fix the rows with problems in the file, save it, then choose Check again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="676" />
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="680" />
        <source>Show only rows with &amp;problems or likely duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="684" />
        <source>S&amp;kip all likely duplicates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="687" />
        <source>Create all any&amp;way</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="690" />
        <source>Check &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="692" />
        <source>Read the file again (after fixing it) and check every row.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="747" />
        <source>The columns of the file changed: go Back and match them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="781" />
        <source>Checking the rows…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="807" />
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>%n row can be imported.</numerusform><numerusform>%n rows can be imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="811" />
        <source>Rows with problems: %n. Nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>Rows with problems: %n. Nothing can be imported until they are fixed in the file.</numerusform><numerusform>Rows with problems: %n. Nothing can be imported until they are fixed in the file.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="815" />
        <source>No row has a problem.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="818" />
        <source>%n row(s) look like an organization already in the registry, or one an earlier row creates (in yellow): they are skipped unless you tick “Create anyway”.</source>
        <translation>
            <numerusform>%n row look like an organization already in the registry, or one an earlier row creates (in yellow): they are skipped unless you tick “Create anyway”.</numerusform><numerusform>%n rows look like an organization already in the registry, or one an earlier row creates (in yellow): they are skipped unless you tick “Create anyway”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="822" />
        <source>Skipped now: %n.</source>
        <translation>
            <numerusform>Skipped now: %n.</numerusform><numerusform>Skipped now: %n.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="825" />
        <source>%n cell(s) start like a spreadsheet formula (=, +, -, @): they are imported as text.</source>
        <translation>
            <numerusform>%n cell start like a spreadsheet formula (=, +, -, @): they are imported as text.</numerusform><numerusform>%n cells start like a spreadsheet formula (=, +, -, @): they are imported as text.</numerusform></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="858" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="859" />
        <source>The rows are written in one step: all of them, or none.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="889" />
        <source>Importing %n row(s)… Cancel stops the import and leaves the data as it was.</source>
        <translation>
            <numerusform>Importing %n row… Cancel stops the import and leaves the data as it was.</numerusform><numerusform>Importing %n rows… Cancel stops the import and leaves the data as it was.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="913" />
        <source>Imported into %1: %2 created, %3 updated, %4 unchanged. Edit ▸ Undo takes the whole import back.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="921" />
        <source>%n likely duplicate(s) skipped.</source>
        <translation>
            <numerusform>%n likely duplicate skipped.</numerusform><numerusform>%n likely duplicates skipped.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="934" />
        <source>The import was cancelled: nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="936" />
        <source>Nothing was imported: %n row(s) broke a rule (the data changed since the rows were checked). Run the import again to see them.</source>
        <translation>
            <numerusform>Nothing was imported: %n row broke a rule (the data changed since the rows were checked). Run the import again to see them.</numerusform><numerusform>Nothing was imported: %n rows broke a rule (the data changed since the rows were checked). Run the import again to see them.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="940" />
        <source>Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="399" />
        <source>Exchange rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="404" />
        <source>Grants are counted in US dollars with these rates: US dollars for one unit of each currency. They are kept in this data folder only, and every report states their date and source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="412" />
        <source>e.g. UN operational rates of exchange, treasury.un.org, June 2011</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="416" />
        <source>Rates &amp;as of:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="418" />
        <source>So&amp;urce:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424" />
        <source>US dollars per unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="430" />
        <source>Currency: its three-letter ISO code (EUR). Rate: how many US dollars one unit is worth (1.08).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="432" />
        <source>A&amp;dd currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="435" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="438" />
        <source>Restore &amp;shipped rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="440" />
        <source>Put back the rates that came with the application (saved when you press Save)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="495" />
        <source>The rates could not be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="502" />
        <source>The rates were not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="511" />
        <source>The shipped rates are shown: press Save to use them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="545" />
        <source>Give the date of the rates.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="548" />
        <source>Say where the rates come from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="557" />
        <source>Line %1: “%2” is not a currency code (three letters, e.g. EUR).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="562" />
        <source>Line %1: %2 is listed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="567" />
        <source>Line %1: the rate of %2 must be a number above zero (US dollars for one %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="572" />
        <source>Line %1: one US dollar is worth 1 US dollar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="600" />
        <source>Saving…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="441" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="326" />
        <source>Indicator</source>
        <extracomment>Unicode's first-strong isolate and its end: a name inside them is laid out in its own direction (an Arabic name right to left, its acronym in brackets on its left) whatever the direction of the table. The order the table shows some sections' columns in (the others: as computed): the most engaged organizations' representatives under the meetings' representatives, their activities in a column as narrow as theirs, so that the table keeps the width of its figures at 1024×600.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="454" />
        <source>Converted with the rates as of %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="466" />
        <source>Not computable: nothing to count it on, or a currency without a rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="469" />
        <source>Double-click or press Enter to list the records behind it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="471" />
        <source>Double-click or press Enter to open the organization.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="171" />
        <source>All time</source>
        <extracomment>How long the page waits after a change of filter or data before computing again (ms). Characters a filter drop-down shows at its narrowest (its list shows entries whole). Tables whose changes can change the report. The export formats, in the order of the Export menu. The least width of the table's names (pixels; a longer name is elided, whole in its tooltip). The most characters a text column of the table (an organization's country) is sized for. The headline figures of the strip, in order (``Report.totals`` keys).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="172" />
        <source>This year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="173" />
        <source>Last year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="692" />
        <source>Ta&amp;ble</source>
        <extracomment>Exports are written here, beside the database worker (they need no database). Each figure column's width: what its figures need, and with its text whole.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="693" />
        <source>C&amp;harts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="694" />
        <source>&amp;Map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="752" />
        <source>The period: an activity counts when it starts in it; an organization is engaged when it took part in, or co-organized, such an activity.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="757" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="758" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="760" />
        <source>&amp;Period:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="761" />
        <source>Any region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="762" />
        <source>Organizations based in this UN M49 region or sub-region (activities held there, in the table by region)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="766" />
        <source>Any thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="767" />
        <source>Organizations working on it, activities on it; a thematic area includes its sub-themes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="770" />
        <source>Any network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="771" />
        <source>Organizations that belong to this network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="774" />
        <source>Any office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="775" />
        <source>Activities this UNODC office organized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="776" />
        <source>C&amp;lear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="778" />
        <source>All time, no filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="782" />
        <source>&amp;Region:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="783" />
        <source>&amp;Country:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="784" />
        <source>&amp;Thematic area:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="785" />
        <source>Net&amp;work:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="786" />
        <source>&amp;Office:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="797" />
        <source>%1: type a date or press F4 for a calendar; empty: no limit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="812" />
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="824" />
        <source>Any country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="817" />
        <source>Organizations based in this country: type its name in any UN language, or its code; or click it on the map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="843" />
        <source>Exchange r&amp;ates…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="845" />
        <source>The US-dollar rates grants are converted with: their date and source, to edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="848" />
        <source>E&amp;xport</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="850" />
        <source>Save this report as a PDF, an Excel workbook, a CSV table or JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854" />
        <source>&amp;PDF report (A4)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854" />
        <source>&amp;Excel workbook…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855" />
        <source>&amp;CSV table…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855" />
        <source>&amp;JSON (for other programs)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="876" />
        <source>Open fol&amp;der</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="879" />
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="898" />
        <source>Organizations engaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="899" />
        <source>Representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="900" />
        <source>Unique people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="901" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="902" />
        <source>Member States in joint activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="903" />
        <source>From developing countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="904" />
        <source>Women</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="962" />
        <source>Organizations engaged, by their country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="965" />
        <source>Activities, by where they were held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="972" />
        <source>Click a country to report on it alone; click it again for every country.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="999" />
        <source>Custom period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1042" />
        <source>Not a date: the period keeps its last date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1063" />
        <source>No country is called “%1”: every country is counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1186" />
        <source>The report could not be computed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1187" />
        <source>The report could not be computed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1190" />
        <source>The figures below are those of the last report computed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1205" />
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1207" />
        <source>Computing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1220" />
        <source>Nothing in this period and these filters: no organization took part in an activity that starts in it. Choose “All time” or clear some filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1227" />
        <source>not known (never synced, nothing saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1228" />
        <source>Data as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1230" />
        <source>this computer holds: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1236" />
        <source>The figures count the records on this computer as they were at the last sync with headquarters (or, never synced, at the last change saved here).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1240" />
        <source>This computer holds the organizations of: %1. The filters above choose among them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1334" />
        <source>%1 not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1338" />
        <source>%1 by name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1487" />
        <source>all time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1488" />
        <source>Looking Beyond report %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1495" />
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1496" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497" />
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497" />
        <source>JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1498" />
        <source>Export the report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1534" />
        <source>The report was saved to %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StepDateDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="83" />
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="106" />
        <source>Mark as %1</source>
        <extracomment>The date a step's date cannot precede (domain/validation.py: _grant's in_order rules).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="88" />
        <source>On which date was this step taken?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="121" />
        <source>Type a date, or press F4 to pick one from a calendar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="123" />
        <source>The date cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="125" />
        <source>The date cannot be before the previous step (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="554" />
        <source>Synchronisation with headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="568" />
        <source>Reset and reconcile again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="571" />
        <source>Ask headquarters for everything again and compare it with what is here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="606" />
        <source>Headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="615" />
        <source>Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="616" />
        <source>Last successful sync:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="617" />
        <source>Waiting to be sent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="618" />
        <source>Conflicts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="619" />
        <source>Last problem:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="625" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="629" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="697" />
        <source>Log in to headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="700" />
        <source>Connect this computer once with your headquarters account. The password is not kept: headquarters gives this computer a key that stays in the system keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="706" />
        <source>https://headquarters.example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="720" />
        <source>Log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="725" />
        <source>Server address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="726" />
        <source>User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="728" />
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="739" />
        <source>Could not sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="748" />
        <source>Grouped by reason. Open shows the record; Retry sends the change again at the next sync once the reason is dealt with (for example your rights were extended); Discard gives it up and keeps the values on the Conflicts page, where they can be sent again later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="623" />
        <source>This application:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="651" />
        <source>Sync by file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="654" />
        <source>No connection here? Write a file for headquarters, carry it there (a USB stick, or a colleague who travels), and read the reply headquarters gives you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="658" />
        <source>Write a File for Headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="662" />
        <source>Put the changes waiting to be sent, and what this computer asks of headquarters, in one sealed file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="665" />
        <source>Read a Reply from Headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="669" />
        <source>Read the reply headquarters made for a file from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="716" />
        <source>e.g. NAIROBI-LAPTOP-2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="718" />
        <source>Colleagues see your changes in History, Trash and Conflicts under your user name and this computer's name: choose one they will recognise.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="727" />
        <source>This &amp;computer's name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="774" />
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="776" />
        <source>Show the selected record in its page (Enter).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="778" />
        <source>&amp;Discard…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="781" />
        <source>Give up the selected changes (Delete). Their values stay on the Conflicts page, where they can be sent again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="784" />
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="786" />
        <source>Send the selected changes again (all of them when none is selected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="794" />
        <source>Records headquarters sent that this version could not store. The rest of the sync went on; a corrected version from headquarters replaces them by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="830" />
        <source>%1 as %2, from this computer (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="834" />
        <source>%1 as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="837" />
        <source>Not connected yet: log in below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="839" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="840" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="842" />
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform><numerusform>%n to review</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="869" />
        <source>Looking Beyond %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="873" />
        <source>%1 — a newer version, %2, is available.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="878" />
        <source>Get it from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="880" />
        <source>Ask headquarters for it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="891" />
        <source>Headquarters did not accept %n change(s).</source>
        <translation>
            <numerusform>Headquarters did not accept %n change.</numerusform><numerusform>Headquarters did not accept %n changes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="898" />
        <source>See “Could not sync” below.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="900" />
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1353" />
        <source>%n record(s) from headquarters could not be stored here.</source>
        <translation>
            <numerusform>%n record from headquarters could not be stored here.</numerusform><numerusform>%n records from headquarters could not be stored here.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="902" />
        <source>No problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="939" />
        <source>an organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="940" />
        <source>a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="941" />
        <source>an activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="942" />
        <source>a participation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="943" />
        <source>a grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="944" />
        <source>a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="948" />
        <source>“%1” is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="950" />
        <source>“%1” is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="952" />
        <source>“%1” could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="954" />
        <source>it has a field this version does not know; installing the newest version may help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="957" />
        <source>it belongs to a record that never arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="959" />
        <source>this version does not know that kind of record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="961" />
        <source>this computer's database refused it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="962" />
        <source>Headquarters sent %1 this version could not store: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1050" />
        <source>Write a File for Headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1051" />
        <source>Sync files (*.lbsync)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1070" />
        <source>Read a Reply from Headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1071" />
        <source>Sync files (*.lbsync);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1088" />
        <source>Type the server address, your user name and your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1092" />
        <source>Give this computer a name that colleagues will recognise, e.g. NAIROBI-LAPTOP-2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1100" />
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1215" />
        <source>Connecting to headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1107" />
        <source>This computer is now connected to headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1108" />
        <source>Connected as %1. The first sync starts now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1120" />
        <source>Ask headquarters for all the data again and reconcile it with this computer? Your changes not yet sent are kept and sent as usual. This can take a while on a slow connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1123" />
        <source>Reset and reconcile again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1131" />
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1377" />
        <source>Many records would be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1132" />
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1379" />
        <source>Headquarters' changes would delete %1 of the %2 records on this computer. Nothing has been changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1135" />
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1385" />
        <source>Apply these deletions? Choose No if this looks wrong, and ask the Civil Society Team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1180" />
        <source>Discard the change to “%1” that headquarters did not accept? The record goes back to headquarters' version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1186" />
        <source>Discard the changes to %n record(s) that headquarters did not accept? Each record goes back to headquarters' version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation>
            <numerusform>Discard the changes to %n record that headquarters did not accept? Each record goes back to headquarters' version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</numerusform><numerusform>Discard the changes to %n records that headquarters did not accept? Each record goes back to headquarters' version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1192" />
        <source>Discard refused changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1222" />
        <source>Cancelling after the current round trip…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1228" />
        <source>Round trip %1, %n record(s) received</source>
        <translation>
            <numerusform>Round trip %1, %n record received</numerusform><numerusform>Round trip %1, %n records received</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1235" />
        <source>Sent %n record(s)</source>
        <translation>
            <numerusform>Sent %n record</numerusform><numerusform>Sent %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1236" />
        <source>received %n record(s)</source>
        <translation>
            <numerusform>received %n record</numerusform><numerusform>received %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1238" />
        <source>%n new conflict(s) to review</source>
        <translation>
            <numerusform>%n new conflict to review</numerusform><numerusform>%n new conflicts to review</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1240" />
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n change refused</numerusform><numerusform>%n changes refused</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1242" />
        <source>%n record(s) from headquarters could not be stored here</source>
        <translation>
            <numerusform>%n record from headquarters could not be stored here</numerusform><numerusform>%n records from headquarters could not be stored here</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1246" />
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1346" />
        <source>%n record(s) left this office's scope and were removed from this computer.</source>
        <translation>
            <numerusform>%n record left this office's scope and were removed from this computer.</numerusform><numerusform>%n records left this office's scope and were removed from this computer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1249" />
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1349" />
        <source>Headquarters erased the personal data of %n person(s) at their request: removed from this computer too.</source>
        <translation>
            <numerusform>Headquarters erased the personal data of %n person at their request: removed from this computer too.</numerusform><numerusform>Headquarters erased the personal data of %n persons at their request: removed from this computer too.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1276" />
        <source>Writing the file for headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1277" />
        <source>Reading the reply from headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1289" />
        <source>The file carries %n changed record(s) made on this computer, and asks headquarters for what changed since this computer last heard from it.</source>
        <translation>
            <numerusform>The file carries %n changed record made on this computer, and asks headquarters for what changed since this computer last heard from it.</numerusform><numerusform>The file carries %n changed records made on this computer, and asks headquarters for what changed since this computer last heard from it.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1293" />
        <source>The file carries no changes (nothing is waiting to be sent); it asks headquarters for what changed since this computer last heard from it.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1298" />
        <source>It also carries %n conflict(s) settled here.</source>
        <translation>
            <numerusform>It also carries %n conflict settled here.</numerusform><numerusform>It also carries %n conflicts settled here.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1301" />
        <source>%n further change(s) did not fit: they go in the next file.</source>
        <translation>
            <numerusform>%n further change did not fit: they go in the next file.</numerusform><numerusform>%n further changes did not fit: they go in the next file.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1303" />
        <source>It is sealed for headquarters: nobody else can read it, and any change to it is detected. The changes stay “not sent” until the reply is read here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1307" />
        <source>Written to %1 (%2 KB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1310" />
        <source>Next: carry it to headquarters. There it is read with “%1” or on headquarters' %2 page. Bring back the reply it gives and choose “Read a Reply from Headquarters…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1327" />
        <source>Every change made here has reached headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1329" />
        <source>%n change(s) made here are still waiting to be sent.</source>
        <translation>
            <numerusform>%n change made here are still waiting to be sent.</numerusform><numerusform>%n changes made here are still waiting to be sent.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1332" />
        <source>This reply was read on this computer before; nothing changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1334" />
        <source>Read the reply headquarters made on %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1336" />
        <source>Received %n record(s)</source>
        <translation>
            <numerusform>Received %n record</numerusform><numerusform>Received %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1338" />
        <source>%n value(s) corrected by headquarters</source>
        <translation>
            <numerusform>%n value corrected by headquarters</numerusform><numerusform>%n values corrected by headquarters</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1341" />
        <source>Headquarters refused %n change(s): see “Could not sync” below.</source>
        <translation>
            <numerusform>Headquarters refused %n change: see “Could not sync” below.</numerusform><numerusform>Headquarters refused %n changes: see “Could not sync” below.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1344" />
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n conflict to review.</numerusform><numerusform>%n conflicts to review.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1357" />
        <source>Headquarters has more for this computer: write a new file and carry it there again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1383" />
        <source>Headquarters' reply would delete many of the records on this computer. Nothing has been changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1402" />
        <source>Trying again in %n minute(s).</source>
        <translation>
            <numerusform>Trying again in %n minute.</numerusform><numerusform>Trying again in %n minutes.</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_worker.py" line="301" />
        <source>This data folder holds demo data, which must never reach headquarters, so it cannot be connected to headquarters or synced. Keep it for trying the application. For real work, start a new data folder: File &gt; New data folder… (or run: lookingbeyond gui --data-dir NEW_FOLDER), then log in there.</source>
        <extracomment>Codes after which the device must log in again (its token is missing or no longer valid).</extracomment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44" />
        <source>Deleted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="45" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="51" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66" />
        <source>Participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="67" />
        <source>Grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="93" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="105" />
        <source>%n deleted record(s). Restoring an organization or an activity also brings back the contacts or participants deleted with it.</source>
        <translation>
            <numerusform>%n deleted record. Restoring an organization or an activity also brings back the contacts or participants deleted with it.</numerusform><numerusform>%n deleted records. Restoring an organization or an activity also brings back the contacts or participants deleted with it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="121" />
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Restore %n record</numerusform><numerusform>Restore %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="129" />
        <source>Restore %n record(s)?</source>
        <translation>
            <numerusform>Restore %n record?</numerusform><numerusform>Restore %n records?</numerusform></translation>
    </message>
</context>
<context>
    <name>WorldMapWidget</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="567" />
        <source>World map</source>
        <extracomment>The open sea of the South Pacific, west of South America, as shares of the frame's width and height from its lower-left corner: where the legend covers no land. ISO alpha-2 code of the country picked, "" when the pick is cleared.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="662" />
        <source>%1 — %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="663" />
        <source>%n organization(s) engaged</source>
        <translation>
            <numerusform>%n organization engaged</numerusform><numerusform>%n organizations engaged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="664" />
        <source>%n activity(ies) held</source>
        <translation>
            <numerusform>%n activity held</numerusform><numerusform>%n activities held</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="715" />
        <source>Activities held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="716" />
        <source>Organizations engaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="829" />
        <source>Countries coloured by the number of activities held there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="831" />
        <source>Countries coloured by the number of organizations engaged there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="833" />
        <source>Arrow keys go from country to country, Enter filters the report by one, Escape clears the filter.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="142" />
        <location filename="../../lookingbeyond_desktop/app.py" line="178" />
        <location filename="../../lookingbeyond_desktop/app.py" line="183" />
        <location filename="../../lookingbeyond_desktop/app.py" line="188" />
        <location filename="../../lookingbeyond_desktop/app.py" line="238" />
        <location filename="../../lookingbeyond_desktop/app.py" line="263" />
        <location filename="../../lookingbeyond_desktop/app.py" line="354" />
        <source>Looking Beyond</source>
        <extracomment>When set, the application prints the seconds from start to the first rows and quits (the startup benchmark reads it). When set to a file name (.png), the application also saves a picture of its window there once the first rows are shown, then quits (installer/test-deb-in-clean-root.sh reads it). The languages of the interface: the code of their translation file → their name in themselves (what the Language menu shows). "" is the system's language. QSettings key: the language chosen in File &gt; Language ("" or absent: the system's). Overrides the chosen language (a code of LANGUAGES), e.g. for screenshots. QSettings key: the data folder last opened from File &gt; Open / New data folder, opened again when no folder is named (``--data-dir`` or ``$LOOKINGBEYOND_DATA_DIR``).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="171" />
        <source>New data folder: choose or make an empty folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="172" />
        <source>Open a data folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="179" />
        <source>This data folder is already open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="183" />
        <source>%1 already holds Looking Beyond data. Open it as it is?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="188" />
        <source>There is no Looking Beyond data in %1. Start a new data folder there?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="208" />
        <source>Encrypting the data on this computer…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="301" />
        <source>Backed up the data (%1 MB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="306" />
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="347" />
        <source>Headquarters asked for this computer's copy of the registry to be erased. Everything it had not sent was received first. The data, its backups and logs, and the sign-in on this computer are now erased.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="352" />
        <source>Headquarters could not be told yet; the data is erased all the same.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="generated_strings.py" line="202" />
        <source>A record no longer on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="203" />
        <source>Deleted or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="204" />
        <source>whole record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="205" />
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="206" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="207" />
        <source>Present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="208" />
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="209" />
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="210" />
        <source>changed in two places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="211" />
        <source>edited here, deleted elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="212" />
        <source>deleted here, edited elsewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="213" />
        <source>refused by headquarters, discarded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="214" />
        <source>From %1, %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="47" />
        <source>same or similar name</source>
        <extracomment>The translation context of the reasons. Why two records look like one organization: code → English text (translate in CONTEXT).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="48" />
        <source>name in another script</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="49" />
        <source>same acronym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="50" />
        <source>same website domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="51" />
        <source>same e-mail domain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="52" />
        <source>same phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="53" />
        <source>same registration number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="54" />
        <source>same city</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="103" />
        <location filename="generated_strings.py" line="260" />
        <source>Details are in the log: %1</source>
        <extracomment>The tables MainWindow.open_record can show. Records shown through the record they belong to: a participation in its activity, a person at their organization (table, column holding the owner's id, owner's table). Failures whose message says what went wrong and what to do (ui/errors.human_message): a person is not sent to the log for them.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="253" />
        <source>Something went wrong that the application did not expect. Your saved work is safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="254" />
        <source>The disk is full, so this was not saved. Free some space on the disk, then try again: nothing already saved was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="255" />
        <source>The database is busy with another program. Close it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="256" />
        <source>Looking Beyond</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="257" />
        <source>The record was not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="258" />
        <source>Nothing was saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="259" />
        <source>The disk could not be used: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="88" />
        <location filename="generated_strings.py" line="174" />
        <source>Record identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="89" />
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="92" />
        <location filename="generated_strings.py" line="175" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="90" />
        <location filename="generated_strings.py" line="182" />
        <source>Co-organizers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="91" />
        <location filename="generated_strings.py" line="187" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="93" />
        <location filename="generated_strings.py" line="188" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="94" />
        <location filename="generated_strings.py" line="189" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="95" />
        <location filename="generated_strings.py" line="190" />
        <source>Representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="96" />
        <location filename="generated_strings.py" line="191" />
        <source>Women</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="97" />
        <location filename="generated_strings.py" line="192" />
        <source>Men</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="98" />
        <location filename="generated_strings.py" line="156" />
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="151" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="152" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="153" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="154" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="155" />
        <source>Consent given on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="157" />
        <source>Id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="158" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="159" />
        <source>Other names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="160" />
        <source>Acronym</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="161" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="162" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="163" />
        <source>Cities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="164" />
        <source>Thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="165" />
        <source>Networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="166" />
        <source>Regional lead organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="167" />
        <source>RLO region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="168" />
        <source>ECOSOC status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="169" />
        <source>Website</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="170" />
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="171" />
        <source>Verified on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="172" />
        <source>At risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="173" />
        <source>Merged into</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="176" />
        <source>Erased on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="177" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="178" />
        <source>Start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="179" />
        <source>End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="180" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="181" />
        <source>Organizing office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="183" />
        <source>Member States involved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="184" />
        <source>Intergovernmental meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="185" />
        <source>Outcomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="186" />
        <source>Follow-up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="193" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="194" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="195" />
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="196" />
        <source>Follows the meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="197" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="198" />
        <source>Approved on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="199" />
        <source>Disbursed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="200" />
        <source>Report received on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="201" />
        <source>Activities paid for</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>leave</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="27" />
        <source>Unsaved changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="29" />
        <source>Save your changes to “%1”?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="31" />
        <source>Save this new record?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="32" />
        <source>If you discard them, your changes are lost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <location filename="generated_strings.py" line="316" />
        <source>Looking Beyond</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="317" />
        <source>The data file of Looking Beyond is damaged, so the application cannot trust what it reads from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="318" />
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="319" />
        <source>Restore the backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="320" />
        <source>The automatic backup failed; see the log.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="321" />
        <source>An automatic backup from %1 is available. Restoring it brings back the data as it was then; the next sync fetches from headquarters what this computer had synced since. Edits made after the backup and not yet synced cannot be recovered. The damaged file is kept in the data folder, not deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="322" />
        <source>There is no usable backup in %1. Ask the Civil Society Team for help; the damaged file is left as it is.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="generated_strings.py" line="267" />
        <source>this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="268" />
        <source>another computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="269" />
        <source>Computer id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="270" />
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <location filename="generated_strings.py" line="41" />
        <source>Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="42" />
        <source>Northern Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="43" />
        <source>Sub-Saharan Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="44" />
        <source>Eastern Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="45" />
        <source>Middle Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="46" />
        <source>Southern Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="47" />
        <source>Western Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="48" />
        <source>Americas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="49" />
        <source>Latin America and the Caribbean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="50" />
        <source>Caribbean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="51" />
        <source>Central America</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="52" />
        <source>South America</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="53" />
        <source>Northern America</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="54" />
        <source>Asia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="55" />
        <source>Central Asia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="56" />
        <source>Eastern Asia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="57" />
        <source>South-eastern Asia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="58" />
        <source>Southern Asia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="59" />
        <source>Western Asia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="60" />
        <source>Europe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="61" />
        <source>Eastern Europe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="62" />
        <source>Northern Europe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="63" />
        <source>Channel Islands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="64" />
        <source>Southern Europe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="65" />
        <source>Western Europe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="66" />
        <source>Oceania</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="67" />
        <source>Australia and New Zealand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="68" />
        <source>Melanesia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="69" />
        <source>Micronesia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="70" />
        <source>Polynesia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="71" />
        <source>Drugs and health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="72" />
        <source>Drug use prevention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="73" />
        <source>Drug dependence treatment and care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="74" />
        <source>Rehabilitation and reintegration of people who use drugs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="75" />
        <source>HIV/AIDS prevention and care</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="76" />
        <source>Sustainable livelihoods and alternative development</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="77" />
        <source>Countering illicit drug trafficking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="78" />
        <source>Anti-corruption</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="79" />
        <source>Ratification and implementation of UNCAC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="80" />
        <source>UNCAC Review Mechanism</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="81" />
        <source>Prevention of corruption, integrity and transparency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="82" />
        <source>Judicial integrity and access to justice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="83" />
        <source>Private sector integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="84" />
        <source>Asset recovery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="85" />
        <source>Crime prevention and criminal justice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="86" />
        <source>Trafficking in persons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="87" />
        <source>Smuggling of migrants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="88" />
        <source>Transnational organized crime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="89" />
        <source>Terrorism prevention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="90" />
        <source>Small arms and firearms control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="91" />
        <source>Environmental crime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="92" />
        <source>Crime prevention, including among youth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="93" />
        <source>Criminal justice and prison reform</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="94" />
        <source>Victim and witness protection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="95" />
        <source>Juvenile justice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="96" />
        <source>Vienna NGO Committee on Drugs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="97" />
        <source>Alliance of NGOs on Crime Prevention and Criminal Justice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="98" />
        <source>UNCAC Coalition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="99" />
        <source>Transparency International national chapter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="100" />
        <source>UNODC Headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="101" />
        <source>New York Liaison Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="102" />
        <source>Brussels Liaison Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="103" />
        <source>Regional Office for Eastern Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="104" />
        <source>Regional Office for Southern Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="105" />
        <source>Regional Office for West and Central Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="106" />
        <source>Regional Office for the Middle East and North Africa</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="107" />
        <source>Regional Office for South Asia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="108" />
        <source>Regional Centre for East Asia and the Pacific</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="109" />
        <source>Regional Office for Central Asia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="110" />
        <source>Regional Office for the Russian Federation and Belarus</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="111" />
        <source>Regional Office for South-Eastern Europe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="112" />
        <source>Regional Office for Brazil and the Southern Cone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="113" />
        <source>Regional Office for Mexico and Central America</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="114" />
        <source>Regional Office for Central America and the Caribbean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="115" />
        <source>Country Office in Afghanistan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="116" />
        <source>Country Office in Pakistan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="117" />
        <source>Country Office in the Islamic Republic of Iran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="118" />
        <source>Country Office in Colombia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="119" />
        <source>Country Office in Peru</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="120" />
        <source>Country Office in Bolivia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="121" />
        <source>Country Office in Nigeria</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="122" />
        <source>Country Office in Guinea-Bissau</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="123" />
        <source>Country Office in Myanmar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="124" />
        <source>Country Office in the Lao People's Democratic Republic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="125" />
        <source>Country Office in Viet Nam</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="126" />
        <source>Country Office in Indonesia</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="127" />
        <source>Commission on Narcotic Drugs, fifty-second session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="128" />
        <source>CND 52</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="129" />
        <source>Commission on Crime Prevention and Criminal Justice, eighteenth session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="130" />
        <source>CCPCJ 18</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="131" />
        <source>Conference of the States Parties to the United Nations Convention against Corruption, third session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="132" />
        <source>CoSP 3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="133" />
        <source>Commission on Narcotic Drugs, fifty-third session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="134" />
        <source>CND 53</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="135" />
        <source>Twelfth United Nations Congress on Crime Prevention and Criminal Justice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="136" />
        <source>12th Crime Congress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="137" />
        <source>Commission on Crime Prevention and Criminal Justice, nineteenth session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="138" />
        <source>CCPCJ 19</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="139" />
        <source>Implementation Review Group of the United Nations Convention against Corruption, first session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="140" />
        <source>IRG 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="141" />
        <source>Commission on Narcotic Drugs, fifty-fourth session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="142" />
        <source>CND 54</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="143" />
        <source>Commission on Crime Prevention and Criminal Justice, twentieth session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="144" />
        <source>CCPCJ 20</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="145" />
        <source>Implementation Review Group of the United Nations Convention against Corruption, second session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="146" />
        <source>IRG 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="147" />
        <source>Implementation Review Group of the United Nations Convention against Corruption, resumed second session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="148" />
        <source>IRG 2 (resumed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="149" />
        <source>Conference of the States Parties to the United Nations Convention against Corruption, fourth session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="150" />
        <source>CoSP 4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="61" />
        <source>Organizations and representatives by meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="62" />
        <source>Organizations engaged by region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="63" />
        <source>The countries with the most organizations engaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="64" />
        <source>Organizations engaged by thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="65" />
        <source>Grants by status, in US dollars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="66" />
        <source>Rates as of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="67" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="207" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="919" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="942" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="984" />
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="106" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="68" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="884" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1007" />
        <source>Representatives</source>
        <extracomment>Pages of memory the temporary tables may use (negative: KiB), the connection's own setting restored afterwards. SQLite's default, 2 MiB, makes them spill to a file. A further condition on the activities (``a``) when only some matter (a drill into one meeting's figures): first engagements are then not looked for. Every column of every section (and every headline count): (section, column) → Measure. Headline figures are under the section "totals", in the row "". :func:`drill` lists the records of one row; :func:`compute` counts them all at once (a few figures through quicker queries that give the same numbers: see ``_Fast``). The engagements in scope (org, act, reps) of a few organizations, ``chosen`` (a CTE of their ``k`` and ``id``: the candidates among the most engaged): read through the participations' index by organization instead of over every participation; the same rows as ``rep_pall`` and ``rep_coorg`` hold for them. How many bits of the meetings and offices are counted at once (see ``_Fast``). How many organizations the section of the most engaged ones lists.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="69" />
        <source>US dollars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="70" />
        <source>%1 — nothing to show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="71" />
        <source>Amounts in %1 are left out: no exchange rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="72" />
        <source>Amounts in a currency without an exchange rate are left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="72" />
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <extracomment>Fill of the classes, lightest first: ColorBrewer "Blues" (9 classes) 3, 4, 5, 7 and 9; distinct on screen and in print, and readable by people with colour-vision deficiency. Fill of a country with no figure. The United Nations' standard disclaimer for maps.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="485" />
        <source>None</source>
        <extracomment>Radius of the dot marking a country too small for the map's scale, in points. The disclaimer's type size, in points. The most lines the disclaimer wraps onto, and the most of the map's height it may take, before it is written on one line, elided, its full text in the map's tooltip. The smallest type of the legend, in points: below it a small map drops the legend.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="60" />
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="104" />
        <source>Organizations engaged</source>
        <extracomment>The headline figures, in the order they are shown: key → English label.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="61" />
        <source>Representatives (counted at every event)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="62" />
        <source>People (a named contact counted once)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="63" />
        <source>Named contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="64" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="893" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="922" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="945" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="972" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="982" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1004" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="65" />
        <source>Member States in joint activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="66" />
        <source>Organizations from developing countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="69" />
        <source>Women among representatives (where recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="70" />
        <source>Representatives whose sex is not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="73" />
        <source>Joint government–CSO activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="74" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="136" />
        <source>Regional lead organizations (RLOs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="75" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1096" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1138" />
        <source>Grants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="76" />
        <source>Grants in US dollars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="81" />
        <source>Organizations that took part in, or co-organized, an activity starting in the period.</source>
        <extracomment>What each headline figure means (a tooltip; docs/reports.md says the same).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="84" />
        <source>Representatives of the organizations at the activities in scope, added up over the activities: a person at two events counts twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="88" />
        <source>Representatives with each named contact counted once however many events they attended; representatives recorded without a name count once per event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="92" />
        <source>Contacts named as participants of the activities in scope, each counted once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="95" />
        <source>Activities in scope: starting in the period (and matching the filters).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="98" />
        <source>Member States named in the joint government–CSO activities in scope, each counted once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="101" />
        <source>Share of the organizations engaged that are based in a developing country (UN M49 classification).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="105" />
        <source>Women among the representatives whose sex was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="108" />
        <source>Share of the representatives whose sex was not recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="111" />
        <source>Activities of the type “joint government–CSO activity” in scope.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="114" />
        <source>Organizations designated regional lead organizations, whatever the period (a designation, not an event).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="118" />
        <source>Seed-funding grants to the organizations covered, approved in the period (grants not yet approved count only without a period).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="122" />
        <source>The grants' amounts converted to US dollars with the rate table shown; none when a currency has no rate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="130" />
        <source>Intergovernmental meetings</source>
        <extracomment>Section titles (English source strings).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="131" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="913" />
        <source>Organizations engaged for the first time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="132" />
        <source>Organizations and activities by region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="133" />
        <source>Organizations and activities by thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="134" />
        <source>Joint government–CSO activities by Member State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="137" />
        <source>Activities by UNODC office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="138" />
        <source>The most engaged organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="139" />
        <source>Seed funding by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="140" />
        <source>Seed funding by meeting followed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="141" />
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="187" />
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="471" />
        <source>Data quality</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="145" />
        <source>A meeting's figures include every activity linked to it: the participation in the meeting itself and its side events. Organizations took part or co-organized; representatives are added up over the activities; women and men as recorded; “not recorded”: representatives whose sex was not recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="151" />
        <source>Organizations engaged in the period whose first engagement ever (in any activity this computer holds) was in that year.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="155" />
        <source>Organizations engaged, by the country they are based in; activities in scope, by the country where they were held (UN M49 regions and sub-regions).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="159" />
        <source>Organizations engaged that work on the theme (their thematic areas); activities in scope on the theme.  An area includes its sub-themes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="163" />
        <source>Joint government–CSO activities in scope, by Member State involved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="166" />
        <source>Regional lead organizations by the region they lead, and the activities in scope they took part in or co-organized.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="170" />
        <source>Activities in scope by the UNODC office that organized them, and the organizations engaged in them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="174" />
        <source>The 20 organizations engaged in the most activities in scope (taking part or co-organizing); ties go to the one with more representatives, then by name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="177" />
        <source>Grants by status, amounts in the currency of each grant and in US dollars at the rates shown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="181" />
        <source>Grants by the intergovernmental meeting they follow, and the follow-up activities they paid for.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="185" />
        <source>Gaps in the records behind this report: organizations engaged whose record was not verified in the last year, activities in scope with no participation recorded, participations with no count by sex.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="193" />
        <source>Organizations not verified for over a year (or never)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="196" />
        <source>Organizations never verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="197" />
        <source>Activities without any participation recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="200" />
        <source>Participations with no count by sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="204" />
        <source>Not linked to a meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="208" />
        <source>Organizations engaged (took part or co-organized)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="885" />
        <source>Representatives at the meeting and its side events, added up over the events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="887" />
        <source>Women</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="888" />
        <source>Women among them, as recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="889" />
        <source>Men</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="890" />
        <source>Men among them, as recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="891" />
        <source>Not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="892" />
        <source>Representatives whose sex was not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="894" />
        <source>The participation in the meeting and its side events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="920" />
        <source>Organizations engaged, based in the region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="923" />
        <source>Activities in scope held in the region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="943" />
        <source>Organizations engaged that work on the theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="946" />
        <source>Activities in scope on the theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="961" />
        <source>Joint activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="962" />
        <source>Joint government–CSO activities in scope involving the Member State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="969" />
        <source>RLOs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="970" />
        <source>Regional lead organizations of the region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="973" />
        <source>Activities in scope they took part in or co-organized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="983" />
        <source>Activities in scope the office organized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="985" />
        <source>Organizations engaged in them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1002" />
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="653" />
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="86" />
        <source>Country</source>
        <extracomment>How many countries the table under the map lists. The page: A4, its margins (left, top, right, bottom) in millimetres; the footer sits in the bottom margin. The space between two charts, in points.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1003" />
        <source>The country the organization is based in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1005" />
        <source>Activities in scope it took part in or co-organized</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1008" />
        <source>Its representatives at those activities, added up over the activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1021" />
        <source>Count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1098" />
        <source>Amounts of the grants made in this currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1100" />
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1141" />
        <source>In US dollars</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1101" />
        <source>All the grants' amounts converted to US dollars at the rates shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1139" />
        <source>Follow-up activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1140" />
        <source>Activities the grants paid for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1188" />
        <source>All regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1189" />
        <source>No organizations on this computer yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1190" />
        <source>demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1309" />
        <source>Name withheld: organization at risk</source>
        <extracomment>The activities that can stand behind a figure of a section (or of one column of it): a drill into it looks at those only. The label of a contact of an at-risk organization in a drill-down (a source string of the ``report`` context: the window translates it).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1311" />
        <source>Erased person</source>
        <extracomment>The label of a person whose data headquarters erased (still counted where they took part).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="184" />
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="468" />
        <source>Policy debate</source>
        <extracomment>The translation context of every report string.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="185" />
        <source>Regional and thematic partnership</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="186" />
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="470" />
        <source>Seed funding</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="87" />
        <source>Civil society organizations in UNODC's work: the indicators of the Looking Beyond project</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="89" />
        <source>What this report covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="90" />
        <source>This computer holds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="91" />
        <source>Nothing was counted: no activity in scope starts in this period, or no organization matches these filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="93" />
        <source>How the figures are counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="94" />
        <source>An organization is engaged in a period when it took part in, or co-organized, an activity that starts in the period. A meeting's figures include every activity linked to that meeting: the participation in the meeting itself and its side events. People are counted once however many events they attended. The share of women is taken over the participations whose counts by sex are recorded. Amounts in US dollars use the rates stated above. Deleted records never count.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="102" />
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="103" />
        <source>Organizations engaged by country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="105" />
        <source>Countries with the most organizations engaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="107" />
        <source>Activities held there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="108" />
        <source>The figures in full</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="109" />
        <source>%1 (continued)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="110" />
        <source>Page %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="111" />
        <source>Looking Beyond report · data as of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="112" />
        <source>Looking Beyond report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="74" />
        <source>Looking Beyond: report on civil society engagement</source>
        <extracomment>The headline figures, in the order the exports and the PDF's first page show them (the titles are those of :data:`indicators.TOTALS`, the window's too).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="75" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="76" />
        <source>Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="77" />
        <source>All the data, no filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="78" />
        <source>Period</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="79" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="80" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="81" />
        <source>all dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="82" />
        <source>from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="83" />
        <source>until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="84" />
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="85" />
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="201" />
        <source>Region</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="87" />
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="203" />
        <source>Thematic area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="88" />
        <source>Network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="89" />
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="205" />
        <source>Office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="90" />
        <source>Data as of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="91" />
        <source>not known (never synced, nothing saved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="92" />
        <source>Generated at</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="93" />
        <source>Scope</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="94" />
        <source>US dollar rates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="95" />
        <source>as of %1. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="96" />
        <source>Headline figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="97" />
        <source>Figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="98" />
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="99" />
        <source>n/a</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="100" />
        <source>Nothing to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="101" />
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="102" />
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="103" />
        <source>Row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="104" />
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="105" />
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="106" />
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="107" />
        <source>Totals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="200" />
        <source>Meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="202" />
        <source>Member State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="204" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="206" />
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="207" />
        <source>Measure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="208" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="209" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="399" />
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="400" />
        <source>count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="401" />
        <source>share (0 to 1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="469" />
        <source>Partnership</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="286" />
        <source>“%1” names a record that was deleted at headquarters meanwhile.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="288" />
        <source>This organization was merged into another one on one computer and brought back from the Trash on another at the same time: look at both records before trying again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="292" />
        <source>“%1” is empty, and headquarters requires it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="293" />
        <source>“%1” is longer than headquarters accepts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="294" />
        <source>“%1” has more entries than headquarters accepts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="295" />
        <source>“%1” is not a currency headquarters knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="296" />
        <source>“%1” holds a choice headquarters does not know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="297" />
        <source>“%1” is not an e-mail address headquarters accepts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="298" />
        <source>“%1” is not a web address headquarters accepts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="299" />
        <source>“%1” is a date in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="300" />
        <source>“%1” is earlier than the date it must follow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="301" />
        <source>“%1” is below zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="302" />
        <source>“%1” is larger than headquarters accepts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="303" />
        <source>“%1” is fewer than the women and men counted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="304" />
        <source>“%1” must be more than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="305" />
        <source>“%1” has more decimal places than headquarters accepts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="306" />
        <source>“%1” skips a step: a grant moves one step at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="307" />
        <location filename="generated_strings.py" line="359" />
        <source>The record is too large to send: shorten its longest texts (notes, outcomes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="330" />
        <source>Nothing was read from it and nothing was changed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="331" />
        <source>Unable to connect to headquarters, or the connection dropped. Nothing was lost; it will be tried again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="332" />
        <source>Headquarters stopped answering in the middle of the sync. Nothing was lost; it will be tried again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="333" />
        <source>The name of the headquarters server could not be found. Check the address and the connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="334" />
        <source>The reply from headquarters was damaged on the way or could not be read. Nothing was applied and nothing was lost; it will be tried again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="335" />
        <source>Headquarters is busy. Nothing was lost; it will be tried again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="336" />
        <source>Headquarters is busy signing other people in. Nothing was lost; try again in a few seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="337" />
        <source>This account already has as many computers as headquarters allows. Ask the Civil Society Team to revoke one you no longer use, then log in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="338" />
        <source>The connection to headquarters was too slow, so headquarters stopped waiting. Nothing was lost; it will be tried again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="339" />
        <source>The sync needed more round trips than allowed. Nothing was lost; it will be tried again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="340" />
        <source>Something unexpected went wrong during the sync (the details are in the log). Nothing was lost; it will be tried again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="341" />
        <source>Sync cancelled. Changes sent so far are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="342" />
        <source>This computer is not connected to headquarters yet: log in below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="343" />
        <source>Headquarters no longer accepts this computer's key: log in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="344" />
        <source>This computer has not synced with headquarters for a long time, so its key has expired: log in again. Nothing here is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="345" />
        <source>Headquarters has withdrawn this computer's access. Ask the Civil Society Team, then log in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="346" />
        <source>This version of the application is too old for headquarters: install the new version, then sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="347" />
        <source>No system keyring is available to keep this computer's key safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again. The key is never written to a plain file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="348" />
        <source>The server address is not usable: it should look like https://headquarters.example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="349" />
        <source>Headquarters' changes would delete many records here, so nothing was changed. Confirm to apply them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="350" />
        <source>The disk is full, so this part of the sync was not saved (nothing was lost). Free some space; the sync is tried again by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="351" />
        <source>This computer does not have headquarters' keys for sync by file yet. Connect it to headquarters once (Sync now, or log in again); from then on it can sync by file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="352" />
        <source>Headquarters' reply would delete many records here, so nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="353" />
        <source>This computer is not connected to headquarters yet: log in first (once, with a connection); then it can sync by file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="354" />
        <source>No system keyring is available to keep this computer's keys safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="355" />
        <source>The system keyring, where this computer's keys are kept, could not be read. Unlock it (or log in to the computer again), then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="356" />
        <source>This computer's disk is full, so the reply could not be saved (nothing was lost). Free some space, then read the reply again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="357" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="358" />
        <source>Headquarters does not allow your account to change this region's records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="360" />
        <source>Headquarters does not have this record in full: Retry sends it whole.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="361" />
        <source>Headquarters could not send this record: it may be outside your office's countries now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="362" />
        <source>This version and headquarters do not agree on this kind of record: install the newest version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="363" />
        <source>This version and headquarters do not agree on a field: install the newest version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="364" />
        <source>Headquarters could not read this change: install the newest version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="365" />
        <source>Headquarters erased this person's details at their request; your change to them was not kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="366" />
        <source>Headquarters did not accept this change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="367" />
        <source>Copy the reply again from headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="368" />
        <source>There are too many changes for one file. Nothing was lost; ask the Civil Society Team for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="369" />
        <source>Give it to the computer it belongs to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="370" />
        <source>Write a new file and carry it to headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="371" />
        <source>Something unexpected went wrong while writing the file (the details are in the log). Nothing was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="372" />
        <source>Something unexpected went wrong while reading the reply (the details are in the log). Nothing was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="373" />
        <source>The file could not be written. Nothing was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="374" />
        <source>The reply could not be read. Nothing was changed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="375" />
        <source>A record it refers to is not at headquarters yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="376" />
        <source>Headquarters does not accept this record as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="377" />
        <source>Headquarters refused the request (HTTP %1). Check the server address; if it is right, ask the Civil Society Team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="378" />
        <source>The file could not be written there (%1). Nothing was lost: the changes are still waiting to be sent. Check that the USB stick or disk is plugged in and has free space, or choose another place, and write the file again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="379" />
        <source>The file could not be read (%1). Check that the USB stick or disk is plugged in, then try again. Nothing was changed here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="380" />
        <source>This is not a sync file of Looking Beyond.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="381" />
        <source>This file was made by a newer version of Looking Beyond: install the newest version to read it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="382" />
        <source>This reply was made by another headquarters, not the one this computer is connected to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="383" />
        <source>This reply was changed after headquarters made it, or was not made by the headquarters this computer is connected to.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="384" />
        <source>This file was written on a computer for headquarters, not a reply from headquarters. Take it to headquarters; a computer reads only the replies headquarters makes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="385" />
        <source>Headquarters does not know this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="386" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="387" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="388" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="389" />
        <source>Participation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="390" />
        <source>Grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="391" />
        <source>(a record no longer on this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="392" />
        <source>Headquarters, or a proxy on the way, had a problem (HTTP %1). Nothing was lost; it will be tried again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="393" />
        <source>This file is larger than any reply headquarters makes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="394" />
        <source>The organization it belongs to is not at headquarters yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="395" />
        <source>The activity it belongs to is not at headquarters yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="396" />
        <source>The contact it names is not at headquarters yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="397" />
        <source>“%1” names a record your account cannot see at headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="398" />
        <source>Headquarters does not accept the value of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="399" />
        <source>Headquarters could not read the value of “%1”: install the newest version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="400" />
        <source>Reason and record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="401" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="402" />
        <source>Changes / when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="403" />
        <source>This file is damaged or incomplete: it may have been cut short while it was copied, or the USB stick was pulled out too early.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="404" />
        <source>This reply was made for another computer: it answers a file written there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="405" />
        <source>This reply answers a file made before this computer's data was reset or restored.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="112" />
        <source>must be a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="118" />
        <source>“%1” is not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="129" />
        <source>“%1” is not yes or no</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="140" />
        <source>“%1” is not a date (write it as YYYY-MM-DD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="147" />
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="149" />
        <source>“%1” is not an amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="200" />
        <source>is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="205" />
        <source>is longer than %1 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="207" />
        <source>holds more than %1 items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="223" />
        <source>the record is larger than %1 KiB: shorten its longest texts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="241" />
        <source>“%1” is not an e-mail address (name@example.org)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="250" />
        <source>“%1” is not a web address (www.example.org)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="255" />
        <source>cannot be in the future</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="266" />
        <source>cannot be negative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="272" />
        <source>cannot be more than %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="277" />
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="308" />
        <source>“%1” is not a known country code (ISO 3166, e.g. KE)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="278" />
        <source>“%1” is not a known organization type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="279" />
        <source>“%1” is not a known ECOSOC status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="280" />
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="310" />
        <source>not a known thematic area: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="281" />
        <source>not a known network: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="284" />
        <source>“%1” is not a known UN M49 region code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="297" />
        <source>must stay blank: the person's data was erased</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="306" />
        <source>“%1” is not a known activity type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="307" />
        <source>cannot be before the start date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="309" />
        <source>not a known country code: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="311" />
        <source>“%1” is not a known UNODC office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="312" />
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="340" />
        <source>“%1” is not a known intergovernmental meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="317" />
        <source>“%1” is not a known role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="323" />
        <source>is %1, fewer than the %2 women and men counted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="331" />
        <source>must be more than zero</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="335" />
        <source>has more than %1 decimal places</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="338" />
        <source>“%1” is not an ISO 4217 currency code (e.g. USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="339" />
        <source>“%1” is not a known grant status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="341" />
        <source>cannot be before the approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="342" />
        <source>cannot be before the disbursement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="351" />
        <source>cannot move from “%1” to “%2”: a grant moves one step at a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/exchange.py" line="534" />
        <location filename="../../lookingbeyond_desktop/store/import_plan.py" line="430" />
        <source>repeats row %1</source>
        <extracomment>Which at-risk organizations' contacts an export includes: their ids, or True for all.
----------
The tables a file can be imported into, parents first. Larger files are refused before they are read: a field office's registry fits many times over, and a file this size is almost surely the wrong file. Rows prepared and written per step; progress is reported and cancel checked between steps. The fields a file must map (unless it maps the record identifier, to update records): those the rules require and the store has no default for. At most this many likely duplicates are named for one row. A row is compared with at most this many records (those sharing the most keys with it): a file of a thousand rows is checked in seconds, not minutes, on 100,000 organizations.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="76" />
        <source>a partner organization's account cannot merge organizations: ask the UNODC office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="82" />
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="144" />
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="170" />
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="399" />
        <source>the record does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="84" />
        <source>an organization cannot be merged into itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="87" />
        <source>“%1” was already merged into another organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="90" />
        <source>“%1” is deleted: restore it before merging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="95" />
        <source>cannot be taken from the other record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="147" />
        <source>no merge of this organization made on this computer can be undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="155" />
        <source>the two records have changed since the merge: it can no longer be undone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="148" />
        <source>was merged into another organization: undo the merge instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="155" />
        <source>belongs to a deleted record: restore that first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="231" />
        <source>is not a field of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="234" />
        <source>is changed by deleting or restoring</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="237" />
        <source>is changed by merging</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="241" />
        <source>is set by headquarters when it erases a person's data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="254" />
        <source>the record is deleted: restore it before editing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="256" />
        <source>headquarters erased this person's data: the record cannot be edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="275" />
        <source>“%1” is not a known record or a UUID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="310" />
        <source>refers to no live record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="336" />
        <source>is a contact of another organization</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="generated_strings.py" line="8" />
        <source>Non-governmental organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="9" />
        <source>Network or coalition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="10" />
        <source>Community-based organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="11" />
        <source>Faith-based organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="12" />
        <source>Academic or research institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="13" />
        <source>Professional association</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="14" />
        <source>Trade union</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="15" />
        <source>Foundation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="16" />
        <source>Media organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="17" />
        <source>Private sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="18" />
        <source>Youth organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="19" />
        <source>Women's organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="20" />
        <source>No consultative status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="21" />
        <source>General consultative status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="22" />
        <source>Special consultative status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="23" />
        <source>Roster</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="24" />
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="25" />
        <source>Regional consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="26" />
        <source>Dialogue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="27" />
        <source>Side event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="28" />
        <source>Joint government–CSO activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="29" />
        <source>Participation in an intergovernmental meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="30" />
        <source>Participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="31" />
        <source>Speaker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="32" />
        <source>Organizer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="33" />
        <source>Trainer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="34" />
        <source>Observer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="35" />
        <source>Rapporteur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="36" />
        <source>Proposed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="37" />
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="38" />
        <source>Disbursed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="39" />
        <source>Report received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="generated_strings.py" line="40" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>