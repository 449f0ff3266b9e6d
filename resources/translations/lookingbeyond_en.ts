<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="366" />
        <source>Search titles, cities, country codes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="368" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="369" />
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="370" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="371" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="372" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="373" />
        <source>Representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="378" />
        <source>&amp;New activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="380" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="389" />
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n activity</numerusform><numerusform>%n activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="392" />
        <source>Delete %n activity(ies)</source>
        <translation>
            <numerusform>Delete %n activity</numerusform><numerusform>Delete %n activities</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="395" />
        <source>Delete %n activity(ies) and their participants? They go to the Trash.</source>
        <translation>
            <numerusform>Delete %n activity and their participants? They go to the Trash.</numerusform><numerusform>Delete %n activities and their participants? They go to the Trash.</numerusform></translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="115" />
        <source>Type an organization or a person; choose several; press Enter to add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="123" />
        <source>Add &amp;selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="127" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="127" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="127" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="128" />
        <source>Representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="128" />
        <source>Women</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="128" />
        <source>Men</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="132" />
        <source>&amp;Edit numbers…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="134" />
        <source>&amp;Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="136" />
        <source>Save the activity to add who took part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="154" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="155" />
        <source>Participants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="156" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="157" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="157" />
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="167" />
        <source>New activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="210" />
        <source>Participants (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="215" />
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n representative</numerusform><numerusform>%n representatives</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="216" />
        <source>of %n organization(s)</source>
        <translation>
            <numerusform>of %n organization</numerusform><numerusform>of %n organizations</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="217" />
        <source>women: %1, men: %2, not recorded: %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="220" />
        <source>%n Member State(s) involved</source>
        <translation>
            <numerusform>%n Member State involved</numerusform><numerusform>%n Member States involved</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="232" />
        <source>Create activity “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="235" />
        <source>Edit activity “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="285" />
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>Add %n participant</numerusform><numerusform>Add %n participants</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="318" />
        <source>Edit participant “%1”</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="336" />
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>Remove %n participant</numerusform><numerusform>Remove %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="345" />
        <source>Remove %n participant(s) from this activity?</source>
        <translation>
            <numerusform>Remove %n participant from this activity?</numerusform><numerusform>Remove %n participants from this activity?</numerusform></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="176" />
        <source>Kept now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="178" />
        <source>The other value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="183" />
        <source>Keep this one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="186" />
        <source>Keep the other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="189" />
        <source>Merge…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="192" />
        <source>Apply this choice to the remaining conflicts of this kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="208" />
        <source>No conflicts to review. When the same field is changed on two computers before they sync, both values are kept here for you to choose.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="286" />
        <source>This field was changed on two computers before they synced. One value is kept now; the other is here for you to bring back if it was the right one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="290" />
        <source>The record was deleted on one computer and edited on another. Keeping the edit brings the record back.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="113" />
        <source>YYYY-MM-DD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="115" />
        <source>Separate several with ;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="178" />
        <source>%1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="24" />
        <source>Welcome to Looking Beyond</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="27" />
        <source>This is your office's registry of civil-society partners: organizations, their contacts, the activities they took part in and the seed funding they received. Everything works offline; your changes are sent to headquarters when a connection is set up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="33" />
        <source>Explore with &amp;demo data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="37" />
        <source>Start with an &amp;empty registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="41" />
        <source>You can connect to headquarters later: your work is kept on this computer until then.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GrantEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="83" />
        <source>Type the name of a regional lead organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="94" />
        <source>Type part of an activity's title to link it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="96" />
        <source>Unlink</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="104" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="116" />
        <source>Activities paid for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="124" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="125" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="126" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="126" />
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="138" />
        <source>New grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="169" />
        <source>%1 %2 — %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="212" />
        <source>Mark as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="215" />
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="217" />
        <source>Step back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="233" />
        <source>Create grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="236" />
        <source>Edit grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="253" />
        <source>Grant: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="272" />
        <source>Organization %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="288" />
        <source>Search purpose or organization…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="290" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="291" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="292" />
        <source>Amount</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="293" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="294" />
        <source>Follows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="299" />
        <source>&amp;New grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="301" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="308" />
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n grant</numerusform><numerusform>%n grants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="311" />
        <source>Delete %n grant(s)</source>
        <translation>
            <numerusform>Delete %n grant</numerusform><numerusform>Delete %n grants</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="314" />
        <source>Delete %n grant(s)? They go to the Trash.</source>
        <translation>
            <numerusform>Delete %n grant? They go to the Trash.</numerusform><numerusform>Delete %n grants? They go to the Trash.</numerusform></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="24" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="24" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="24" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="24" />
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25" />
        <source>Fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="38" />
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="53" />
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="54" />
        <source>Edited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="55" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="56" />
        <source>Restored</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="55" />
        <source>Looking Beyond</source>
        <extracomment>Days without a successful sync after which the banner warns (QSettings ``sync/warnDays``).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="146" />
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="146" />
        <source>Organizations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="147" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="147" />
        <source>Grants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="148" />
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="148" />
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="203" />
        <source>Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="149" />
        <source>Conflicts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="153" />
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>Conflicts (%n)</numerusform><numerusform>Conflicts (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="159" />
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="160" />
        <source>&amp;New organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="162" />
        <source>New &amp;activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="164" />
        <source>New &amp;grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="165" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="166" />
        <source>Open the &amp;log folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="167" />
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171" />
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="172" />
        <source>&amp;Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="174" />
        <source>&amp;Redo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="177" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="181" />
        <source>&amp;Find</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="184" />
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="191" />
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="194" />
        <source>&amp;Sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="195" />
        <source>&amp;Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="198" />
        <source>&amp;Cancel the sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="283" />
        <source>Data: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="287" />
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="308" />
        <source>Last sync: never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="289" />
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="376" />
        <source>Headquarters: not enrolled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="291" />
        <source>Log in on the Sync page to connect this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="307" />
        <source>Last sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="343" />
        <source>Syncing with headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="354" />
        <source>Sync finished.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="365" />
        <source>The next try is in %n minute(s).</source>
        <translation>
            <numerusform>The next try is in %n minute.</numerusform><numerusform>The next try is in %n minutes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="374" />
        <source>Headquarters: reachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="375" />
        <source>Headquarters: unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="388" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="410" />
        <source>This computer has never synced with headquarters: your changes exist only here.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="423" />
        <source>No sync with headquarters for %n day(s): your recent changes exist only on this computer.</source>
        <translation>
            <numerusform>No sync with headquarters for %n day: your recent changes exist only on this computer.</numerusform><numerusform>No sync with headquarters for %n days: your recent changes exist only on this computer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="305" />
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform><numerusform>%n changes to send</numerusform></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="129" />
        <source>Merge the two values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="130" />
        <source>Both values are below. Edit them into the one to keep.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="154" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="154" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="154" />
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="155" />
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="155" />
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="158" />
        <source>&amp;Add contact…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="160" />
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="162" />
        <source>Delete contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="164" />
        <source>Save the organization to add its contacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="176" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="176" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="176" />
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="177" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="177" />
        <source>Representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="182" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="183" />
        <source>Contacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="184" />
        <source>Activities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="185" />
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="187" />
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="187" />
        <source>Re&amp;vert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="197" />
        <source>New organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="240" />
        <source>Contacts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="267" />
        <source>Create “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="270" />
        <source>Edit “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="314" />
        <source>New contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="314" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="324" />
        <source>Add contact “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="327" />
        <source>Edit contact “%1”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="342" />
        <source>Delete contact “%1”</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="55" />
        <source>Search names, acronyms, cities, notes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="58" />
        <source>All regions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="59" />
        <source>All countries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="60" />
        <source>All thematic areas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="61" />
        <source>All networks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="62" />
        <source>All types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="64" />
        <source>RLOs only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="67" />
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="99" />
        <source>&amp;New organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="101" />
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="185" />
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n organization</numerusform><numerusform>%n organizations</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="225" />
        <source>Saved.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="250" />
        <source>Delete %n organization(s) and their contacts? They go to the Trash, from where they can be restored.</source>
        <translation>
            <numerusform>Delete %n organization and their contacts? They go to the Trash, from where they can be restored.</numerusform><numerusform>Delete %n organizations and their contacts? They go to the Trash, from where they can be restored.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="258" />
        <source>Delete %n organization(s)</source>
        <translation>
            <numerusform>Delete %n organization</numerusform><numerusform>Delete %n organizations</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="264" />
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
    <name>SyncPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="147" />
        <source>Synchronisation with headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="160" />
        <source>Reset and reconcile again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="163" />
        <source>Ask headquarters for everything again and compare it with what is here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="193" />
        <source>Headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="202" />
        <source>Server:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="203" />
        <source>Last successful sync:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="204" />
        <source>Waiting to be sent:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="205" />
        <source>Conflicts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="206" />
        <source>Last problem:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="208" />
        <source>Sync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="212" />
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="241" />
        <source>Log in to headquarters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="244" />
        <source>Connect this computer once with your headquarters account. The password is not kept: headquarters gives this computer a key that stays in the system keyring.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="250" />
        <source>https://headquarters.example.org</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="257" />
        <source>Log in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="262" />
        <source>Server address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="263" />
        <source>User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="264" />
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="275" />
        <source>Could not sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="277" />
        <source>Changes headquarters refused to take, with its reason. Once the reason is dealt with (for example your rights were extended), Retry sends them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="284" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="284" />
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="284" />
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="284" />
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="308" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="293" />
        <source>Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="295" />
        <source>Send the selected changes again (all of them when none is selected).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="302" />
        <source>Records headquarters sent that this version could not store. The rest of the sync went on; a corrected version from headquarters replaces them by itself.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="308" />
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="336" />
        <source>%1 as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="339" />
        <source>Not connected yet: log in below.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="341" />
        <source>Never</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="342" />
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform><numerusform>%n changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="344" />
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform><numerusform>%n to review</numerusform></translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="353" />
        <source>No problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="395" />
        <source>an organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="396" />
        <source>a contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="397" />
        <source>an activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="398" />
        <source>a participation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="399" />
        <source>a grant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="400" />
        <source>a record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="404" />
        <source>“%1” is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="406" />
        <source>“%1” is not valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="408" />
        <source>“%1” could not be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="410" />
        <source>it has a field this version does not know; installing the newest version may help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="413" />
        <source>it belongs to a record that never arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="415" />
        <source>this version does not know that kind of record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="417" />
        <source>this computer's database refused it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="418" />
        <source>Headquarters sent %1 this version could not store: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="426" />
        <source>Your account may not make this change: the record, or what it would become, is outside your office's countries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="428" />
        <source>Headquarters does not accept the value of “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="430" />
        <source>Headquarters does not accept this record as it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="431" />
        <source>The record is too large to send: shorten its longest texts (notes, outcomes).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="433" />
        <source>“%1” refers to a record headquarters does not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="435" />
        <source>It refers to a record headquarters does not have.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="436" />
        <source>Headquarters does not have this record in full. “Reset and reconcile again” can help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="438" />
        <source>This version and headquarters do not agree on this kind of record: install the newest version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="440" />
        <source>This version and headquarters do not agree on this field: install the newest version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="451" />
        <source>a record no longer on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="452" />
        <source>whole record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="486" />
        <source>Type the server address, your user name and your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="493" />
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="561" />
        <source>Connecting to headquarters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="500" />
        <source>This computer is now connected to headquarters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="501" />
        <source>Connected as %1. The first sync starts now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="513" />
        <source>Ask headquarters for all the data again and reconcile it with this computer? Your changes not yet sent are kept and sent as usual. This can take a while on a slow connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="516" />
        <source>Reset and reconcile again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="524" />
        <source>Many records would be deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="525" />
        <source>Headquarters' changes would delete %1 of the %2 records on this computer. Nothing has been changed yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="528" />
        <source>Apply these deletions? Choose No if this looks wrong, and ask the Civil Society Team.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="568" />
        <source>Cancelling after the current round trip…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="574" />
        <source>Round trip %1, %n record(s) received</source>
        <translation>
            <numerusform>Round trip %1, %n record received</numerusform><numerusform>Round trip %1, %n records received</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="581" />
        <source>Sent %n record(s)</source>
        <translation>
            <numerusform>Sent %n record</numerusform><numerusform>Sent %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="582" />
        <source>received %n record(s)</source>
        <translation>
            <numerusform>received %n record</numerusform><numerusform>received %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="584" />
        <source>%n new conflict(s) to review</source>
        <translation>
            <numerusform>%n new conflict to review</numerusform><numerusform>%n new conflicts to review</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="586" />
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n change refused</numerusform><numerusform>%n changes refused</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="588" />
        <source>%n record(s) from headquarters could not be stored here</source>
        <translation>
            <numerusform>%n record from headquarters could not be stored here</numerusform><numerusform>%n records from headquarters could not be stored here</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="592" />
        <source>%n record(s) left this office's scope and were removed from this computer.</source>
        <translation>
            <numerusform>%n record left this office's scope and were removed from this computer.</numerusform><numerusform>%n records left this office's scope and were removed from this computer.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="611" />
        <source>Trying again in %n minute(s).</source>
        <translation>
            <numerusform>Trying again in %n minute.</numerusform><numerusform>Trying again in %n minutes.</numerusform></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="42" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="42" />
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43" />
        <source>Deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="49" />
        <source>&amp;Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="63" />
        <source>Organization</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="63" />
        <source>Contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="64" />
        <source>Activity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="64" />
        <source>Participant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65" />
        <source>Grant</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="88" />
        <source>%n deleted record(s). Restoring an organization or an activity also brings back the contacts or participants deleted with it.</source>
        <translation>
            <numerusform>%n deleted record. Restoring an organization or an activity also brings back the contacts or participants deleted with it.</numerusform><numerusform>%n deleted records. Restoring an organization or an activity also brings back the contacts or participants deleted with it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="104" />
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Restore %n record</numerusform><numerusform>Restore %n records</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="112" />
        <source>Restore %n record(s)?</source>
        <translation>
            <numerusform>Restore %n record?</numerusform><numerusform>Restore %n records?</numerusform></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="82" />
        <location filename="../../lookingbeyond_desktop/app.py" line="106" />
        <source>Looking Beyond</source>
        <extracomment>When set, the application prints the seconds from start to the first rows and quits (the startup benchmark reads it).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="136" />
        <source>Backed up the data (%1 MB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="141" />
        <source>The automatic backup failed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>