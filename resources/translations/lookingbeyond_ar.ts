<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="104"/>
        <source>About Looking Beyond</source>
        <translation>حول Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="106"/>
        <source>Looking Beyond %1</source>
        <translation>Looking Beyond %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="110"/>
        <source>The registry of UNODC&apos;s civil-society partners: organizations, contacts, activities and seed funding, kept on this computer and synced with headquarters.</source>
        <translation>سجل شركاء مكتب الأمم المتحدة المعني بالمخدرات والجريمة من المجتمع المدني: المنظمات وجهات الاتصال والأنشطة والتمويل الأولي، محفوظة على هذا الحاسوب ومتزامنة مع المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="114"/>
        <source>Your data: %1</source>
        <translation>بياناتك: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="119"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="125"/>
        <source>Your data is kept outside the application&apos;s folder: installing a newer version or removing the application leaves it as it is.</source>
        <translation>تُحفظ بياناتك خارج مجلد التطبيق: لا يؤثر فيها تثبيت إصدار أحدث أو إزالة التطبيق.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="127"/>
        <source>What it is made of, and the licence of each part:</source>
        <translation>مكونات التطبيق وترخيص كل منها:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="130"/>
        <source>%1 (font for Chinese)</source>
        <translation>%1 (خط للغة الصينية)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134"/>
        <source>Part</source>
        <translation>المكوِّن</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134"/>
        <source>Version or source</source>
        <translation>الإصدار أو المصدر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="135"/>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="331"/>
        <source>Search titles, cities, country codes…</source>
        <translation>ابحث في العناوين والمدن ورموز البلدان…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="333"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="334"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="335"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="336"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="337"/>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="338"/>
        <source>Representatives</source>
        <translation>الممثلون</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="343"/>
        <source>&amp;New activity</source>
        <translation>&amp;نشاط جديد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="345"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="353"/>
        <source>Activities held, at least in part, in this period (either date may stay empty). Type a date or press F4 for a calendar.</source>
        <translation>الأنشطة المعقودة، ولو جزئيًا، في هذه الفترة (يجوز ترك أيٍّ من التاريخين فارغًا). اكتب تاريخًا أو اضغط F4 لعرض التقويم.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356"/>
        <source>From date</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356"/>
        <source>To date</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="357"/>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="358"/>
        <source>Where the activity was held: type a country&apos;s name in any UN language, or its code</source>
        <translation>مكان عقد النشاط: اكتب اسم البلد بأي لغة من لغات الأمم المتحدة، أو رمزه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="360"/>
        <source>All thematic areas</source>
        <translation>جميع المجالات المواضيعية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="361"/>
        <source>A thematic area includes its sub-themes</source>
        <translation>يشمل المجال المواضيعي مواضيعه الفرعية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="362"/>
        <source>All types</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="363"/>
        <source>All offices</source>
        <translation>جميع المكاتب</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="364"/>
        <source>The UNODC office that organized the activity</source>
        <translation>المكتب التابع لمكتب الأمم المتحدة المعني بالمخدرات والجريمة الذي نظّم النشاط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="365"/>
        <source>All meetings</source>
        <translation>جميع الاجتماعات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="366"/>
        <source>The intergovernmental meeting the activity was part of or followed</source>
        <translation>الاجتماع الحكومي الدولي الذي كان النشاط جزءًا منه أو جاء متابعةً له</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="374"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>لا أنشطة</numerusform>
            <numerusform>نشاط واحد</numerusform>
            <numerusform>نشاطان</numerusform>
            <numerusform>%n أنشطة</numerusform>
            <numerusform>%n نشاطًا</numerusform>
            <numerusform>%n نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="377"/>
        <source>%1 of %n activity(ies)</source>
        <translation>
            <numerusform>%1 من أصل %n نشاط</numerusform>
            <numerusform>%1 من أصل نشاط واحد</numerusform>
            <numerusform>%1 من أصل نشاطين</numerusform>
            <numerusform>%1 من أصل %n أنشطة</numerusform>
            <numerusform>%1 من أصل %n نشاطًا</numerusform>
            <numerusform>%1 من أصل %n نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="380"/>
        <source>Delete %n activity(ies)</source>
        <translation>
            <numerusform>حذف %n نشاط</numerusform>
            <numerusform>حذف نشاط واحد</numerusform>
            <numerusform>حذف نشاطين</numerusform>
            <numerusform>حذف %n أنشطة</numerusform>
            <numerusform>حذف %n نشاطًا</numerusform>
            <numerusform>حذف %n نشاط</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="383"/>
        <source>Delete %n activity(ies) and their participants? They go to the Trash.</source>
        <translation>
            <numerusform>هل تريد حذف %n نشاط ومشاركيها؟ ستُنقل إلى سلة المحذوفات.</numerusform>
            <numerusform>هل تريد حذف نشاط واحد ومشاركيه؟ سيُنقل إلى سلة المحذوفات.</numerusform>
            <numerusform>هل تريد حذف نشاطين ومشاركيهما؟ سيُنقلان إلى سلة المحذوفات.</numerusform>
            <numerusform>هل تريد حذف %n أنشطة ومشاركيها؟ ستُنقل إلى سلة المحذوفات.</numerusform>
            <numerusform>هل تريد حذف %n نشاطًا ومشاركيها؟ ستُنقل إلى سلة المحذوفات.</numerusform>
            <numerusform>هل تريد حذف %n نشاط ومشاركيها؟ ستُنقل إلى سلة المحذوفات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="183"/>
        <source>&amp;Details</source>
        <translation>&amp;التفاصيل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="184"/>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="185"/>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186"/>
        <source>Re&amp;vert</source>
        <translation>إ&amp;لغاء التغييرات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="213"/>
        <source>New activity</source>
        <translation>نشاط جديد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="255"/>
        <source>&amp;Participants (%1)</source>
        <translation>ال&amp;مشاركون (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="261"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n ممثل</numerusform>
            <numerusform>ممثل واحد</numerusform>
            <numerusform>ممثلان</numerusform>
            <numerusform>%n ممثلين</numerusform>
            <numerusform>%n ممثلًا</numerusform>
            <numerusform>%n ممثل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="262"/>
        <source>of %n organization(s)</source>
        <translation>
            <numerusform>من %n منظمة</numerusform>
            <numerusform>من منظمة واحدة</numerusform>
            <numerusform>من منظمتين</numerusform>
            <numerusform>من %n منظمات</numerusform>
            <numerusform>من %n منظمة</numerusform>
            <numerusform>من %n منظمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="263"/>
        <source>women: %1, men: %2, not recorded: %3</source>
        <translation>النساء: %1، الرجال: %2، غير مسجَّل: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="266"/>
        <source>%n Member State(s) involved</source>
        <translation>
            <numerusform>لا دول أعضاء معنية</numerusform>
            <numerusform>دولة عضو واحدة معنية</numerusform>
            <numerusform>دولتان عضوان معنيتان</numerusform>
            <numerusform>%n دول أعضاء معنية</numerusform>
            <numerusform>%n دولة عضوًا معنية</numerusform>
            <numerusform>%n دولة عضو معنية</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="282"/>
        <source>Create activity “%1”</source>
        <translation>إنشاء النشاط «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="285"/>
        <source>Edit activity “%1”</source>
        <translation>تعديل النشاط «%1»</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="136"/>
        <source>Add from an attendance sheet</source>
        <extracomment>organizations the name likely is across scripts and spellings, not among ``matches``</extracomment>
        <translation>الإضافة من كشف الحضور</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="149"/>
        <source>A .csv or .xlsx file: one row per person</source>
        <translation>ملف .csv أو .xlsx: صف واحد لكل شخص</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="151"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;اختيار ملف…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>Column in the sheet</source>
        <translation>العمود في الكشف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>Means</source>
        <translation>المدلول</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>In the sheet</source>
        <translation>في الكشف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>Added as</source>
        <translation>يُضاف بوصفه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <source>People known</source>
        <translation>أشخاص معروفون</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <source>Representatives</source>
        <translation>الممثلون</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="188"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="529"/>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="197"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="206"/>
        <source>What each column means (guessed from its header; change it if it is wrong):</source>
        <translation>مدلول كل عمود (مُستنتَج من عنوانه؛ غيّره إن كان خاطئًا):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="212"/>
        <source>Organizations found, with how sure each match is (100: the same name):</source>
        <translation>المنظمات التي عُثر عليها، مع درجة الثقة في كل مطابقة (100: الاسم نفسه):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="243"/>
        <source>Attendance sheet</source>
        <translation>كشف الحضور</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="244"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>جداول البيانات (*.csv *.xlsx *.xlsm *.txt *.tsv);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="251"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="273"/>
        <source>The file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="275"/>
        <source>There is no file %1.</source>
        <translation>لا يوجد ملف %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="276"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="277"/>
        <source>The file is too big for an attendance sheet (%1; at most 20 MB).</source>
        <translation>الملف أكبر من أن يكون كشف حضور (%1؛ الحد الأقصى 20 ميغابايت).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="279"/>
        <source>This is not a spreadsheet: choose a .csv or .xlsx file.</source>
        <translation>هذا ليس جدول بيانات: اختر ملف .csv أو .xlsx.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="280"/>
        <source>This file is not text that can be read as CSV. Save it from the spreadsheet as “CSV UTF-8” or as .xlsx.</source>
        <translation>هذا الملف ليس نصًا يمكن قراءته بصيغة CSV. احفظه من برنامج جداول البيانات بصيغة «CSV UTF-8» أو بصيغة .xlsx.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="282"/>
        <source>The CSV file is malformed near line %1.</source>
        <translation>ملف CSV مشوَّه قرب السطر %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="284"/>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="285"/>
        <source>The first row must name the columns.</source>
        <translation>يجب أن يتضمن الصف الأول أسماء الأعمدة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="286"/>
        <source>The file has more than %1 rows: that is not an attendance sheet.</source>
        <translation>يحتوي الملف على أكثر من %1 صف: هذا ليس كشف حضور.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="288"/>
        <source>The workbook cannot be read: is it an .xlsx file?</source>
        <translation>تتعذّر قراءة المصنف: هل هو ملف .xlsx؟</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="290"/>
        <source>Nothing was added.</source>
        <translation>لم يُضَف شيء.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300"/>
        <source>(not used)</source>
        <translation>(غير مستخدم)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301"/>
        <source>Person&apos;s name</source>
        <translation>اسم الشخص</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302"/>
        <source>Sex (F/M)</source>
        <translation>الجنس (F/M)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302"/>
        <source>Number of people</source>
        <translation>عدد الأشخاص</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="304"/>
        <source>Country code</source>
        <translation>رمز البلد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="352"/>
        <source>Say which column names the organization.</source>
        <translation>حدِّد العمود الذي يتضمن اسم المنظمة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="356"/>
        <source>Matching…</source>
        <translation>جارٍ المطابقة…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="397"/>
        <source>row %1: “%2” is not a number of people</source>
        <translation>الصف %1: «%2» ليس عددًا من الأشخاص</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="401"/>
        <source>%1 women and men is more than the representatives</source>
        <translation>عدد النساء والرجال (%1) يتجاوز عدد الممثلين</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="405"/>
        <source>row %1: “%2” is neither F nor M (counted as not recorded)</source>
        <translation>الصف %1: «%2» ليس F ولا M (احتُسب غير مسجَّل)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="409"/>
        <source>may already be in the registry: see below</source>
        <translation>قد تكون موجودة بالفعل في السجل: انظر أدناه</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="515"/>
        <source>%n of them may already be in the registry (see below the list)</source>
        <translation>
            <numerusform>قد تكون %n منظمة منها موجودة بالفعل في السجل (انظر أسفل القائمة)</numerusform>
            <numerusform>قد تكون %n منظمة منها موجودة بالفعل في السجل (انظر أسفل القائمة)</numerusform>
            <numerusform>قد تكون %n منظمتان منها موجودتين بالفعل في السجل (انظر أسفل القائمة)</numerusform>
            <numerusform>قد تكون %n منظمات منها موجودة بالفعل في السجل (انظر أسفل القائمة)</numerusform>
            <numerusform>قد تكون %n منظمة منها موجودة بالفعل في السجل (انظر أسفل القائمة)</numerusform>
            <numerusform>قد تكون %n منظمة منها موجودة بالفعل في السجل (انظر أسفل القائمة)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="413"/>
        <source>a new organization needs a country: add a country column or set the activity&apos;s country</source>
        <translation>تحتاج المنظمة الجديدة إلى بلد: أضف عمودًا للبلد أو حدِّد بلد النشاط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="417"/>
        <source>“%1” is not a country code</source>
        <translation>«%1» ليس رمز بلد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="420"/>
        <source>created in %1, the activity&apos;s country (the sheet has none)</source>
        <translation>تُنشأ في %1، بلد النشاط (لا يتضمن الكشف بلدًا)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="424"/>
        <source>not the same name: check the match</source>
        <translation>ليس الاسم نفسه: تحقّق من المطابقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="426"/>
        <source>already taking part</source>
        <translation>مشارِكة بالفعل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="431"/>
        <source>the same organization as another line: leave one out or choose another match</source>
        <translation>المنظمة نفسها الواردة في سطر آخر: استبعد أحدهما أو اختر مطابقة أخرى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="450"/>
        <source>%1 (score %2)</source>
        <translation>%1 (الدرجة %2)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="456"/>
        <source>Create new organization “%1”</source>
        <translation>إنشاء منظمة جديدة «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="457"/>
        <source>Leave out</source>
        <translation>استبعاد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="511"/>
        <source>%n organization(s) to add</source>
        <translation>
            <numerusform>لا منظمات للإضافة</numerusform>
            <numerusform>منظمة واحدة للإضافة</numerusform>
            <numerusform>منظمتان للإضافة</numerusform>
            <numerusform>%n منظمات للإضافة</numerusform>
            <numerusform>%n منظمة للإضافة</numerusform>
            <numerusform>%n منظمة للإضافة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="512"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>لا ممثلين</numerusform>
            <numerusform>ممثل واحد</numerusform>
            <numerusform>ممثلان</numerusform>
            <numerusform>%n ممثلين</numerusform>
            <numerusform>%n ممثلًا</numerusform>
            <numerusform>%n ممثل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="513"/>
        <source>%n new organization(s)</source>
        <translation>
            <numerusform>لا منظمات جديدة</numerusform>
            <numerusform>منظمة جديدة واحدة</numerusform>
            <numerusform>منظمتان جديدتان</numerusform>
            <numerusform>%n منظمات جديدة</numerusform>
            <numerusform>%n منظمة جديدة</numerusform>
            <numerusform>%n منظمة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="518"/>
        <source>rows without an organization, left out: %1</source>
        <translation>صفوف بلا منظمة، استُبعدت: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="522"/>
        <source>%n organization(s) have a problem (in red): fix it, choose another match, or leave them out.</source>
        <translation>
            <numerusform>%n منظمة بها مشكلات (بالأحمر): أصلحها، أو اختر مطابقة أخرى، أو استبعدها.</numerusform>
            <numerusform>منظمة واحدة بها مشكلة (بالأحمر): أصلح المشكلة، أو اختر مطابقة أخرى، أو استبعدها.</numerusform>
            <numerusform>منظمتان بهما مشكلة (بالأحمر): أصلح المشكلة، أو اختر مطابقة أخرى، أو استبعدهما.</numerusform>
            <numerusform>%n منظمات بها مشكلات (بالأحمر): أصلحها، أو اختر مطابقة أخرى، أو استبعدها.</numerusform>
            <numerusform>%n منظمة بها مشكلات (بالأحمر): أصلحها، أو اختر مطابقة أخرى، أو استبعدها.</numerusform>
            <numerusform>%n منظمة بها مشكلات (بالأحمر): أصلحها، أو اختر مطابقة أخرى، أو استبعدها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="528"/>
        <source>&amp;Add %n organization(s)</source>
        <translation>
            <numerusform>&amp;إضافة %n منظمة</numerusform>
            <numerusform>&amp;إضافة منظمة واحدة</numerusform>
            <numerusform>&amp;إضافة منظمتين</numerusform>
            <numerusform>&amp;إضافة %n منظمات</numerusform>
            <numerusform>&amp;إضافة %n منظمة</numerusform>
            <numerusform>&amp;إضافة %n منظمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="538"/>
        <source>Use it</source>
        <translation>استخدامها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="539"/>
        <source>“%1” may already be in the registry:</source>
        <translation>قد تكون المنظمة «%1» موجودة بالفعل في السجل:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="569"/>
        <source>Add %n participant(s) from an attendance sheet</source>
        <translation>
            <numerusform>إضافة %n مشارك من كشف الحضور</numerusform>
            <numerusform>إضافة مشارك واحد من كشف الحضور</numerusform>
            <numerusform>إضافة مشاركَين من كشف الحضور</numerusform>
            <numerusform>إضافة %n مشاركين من كشف الحضور</numerusform>
            <numerusform>إضافة %n مشاركًا من كشف الحضور</numerusform>
            <numerusform>إضافة %n مشارك من كشف الحضور</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="577"/>
        <source>Nothing was added:</source>
        <translation>لم يُضَف شيء:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="580"/>
        <source>Nothing was added: %1</source>
        <translation>لم يُضَف شيء: %1</translation>
    </message>
</context>
<context>
    <name>CoOrganizers</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="87"/>
        <source>Type part of a name to add an organization</source>
        <translation>اكتب جزءًا من اسم لإضافة منظمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="92"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;إزالة</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="245"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355"/>
        <source>Kept now</source>
        <translation>المحتفَظ به حاليًا</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="247"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="357"/>
        <source>The other value</source>
        <translation>القيمة الأخرى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="252"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358"/>
        <source>Keep this one</source>
        <translation>الإبقاء على هذه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="255"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359"/>
        <source>Keep the other</source>
        <translation>الإبقاء على الأخرى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="258"/>
        <source>Merge…</source>
        <translation>دمج…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="261"/>
        <source>Apply this choice to the remaining conflicts of this kind</source>
        <translation>تطبيق هذا الاختيار على التعارضات المتبقية من هذا النوع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="277"/>
        <source>No conflicts to review. When the same field is changed on two computers before they sync, both values are kept here for you to choose.</source>
        <translation>لا توجد تعارضات للمراجعة. عندما يُغيَّر الحقل نفسه على حاسوبين قبل مزامنتهما، يُحتفظ بالقيمتين هنا لتختار بينهما.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355"/>
        <source>Headquarters&apos; version</source>
        <translation>نسخة المقر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="356"/>
        <source>Refused and discarded</source>
        <translation>مرفوض ومُستبعَد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358"/>
        <source>&amp;Let it go</source>
        <translation>&amp;التخلي عنه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359"/>
        <source>&amp;Send it again</source>
        <translation>إعادة إ&amp;رساله</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="362"/>
        <source>Headquarters did not accept this change and it was discarded on this computer. The values refused are kept here: send them again (headquarters says again if it still refuses), or let them go.</source>
        <translation>لم يقبل المقر هذا التغيير فاستُبعد على هذا الحاسوب. يُحتفظ هنا بالقيم المرفوضة: أعد إرسالها (وسيُبلغك المقر مجددًا إن ظل يرفضها)، أو تخلَّ عنها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="366"/>
        <source>Headquarters never had this record: it is in the Trash on this computer.</source>
        <translation>لم يكن هذا السجل لدى المقر قط: إنه في سلة المحذوفات على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="367"/>
        <source>The value headquarters holds, brought back by the next sync.</source>
        <translation>القيمة الموجودة لدى المقر، وستُستعاد في المزامنة التالية.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="376"/>
        <source>This field was changed on two computers before they synced. One value is kept now; the other is here for you to bring back if it was the right one.</source>
        <translation>غُيِّر هذا الحقل على حاسوبين قبل مزامنتهما. يُحتفظ الآن بإحدى القيمتين؛ والأخرى موجودة هنا لتستعيدها إن كانت هي الصحيحة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="380"/>
        <source>The record was deleted on one computer and edited on another. Keeping the edit brings the record back.</source>
        <translation>حُذف السجل على حاسوب وعُدِّل على آخر. يؤدي الإبقاء على التعديل إلى استعادة السجل.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="391"/>
        <source>Merged into “%1”</source>
        <translation>دُمجت في «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="392"/>
        <source>another organization</source>
        <translation>منظمة أخرى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="394"/>
        <source>This organization was merged into two different records on two computers. It now points to the first; what named it went there too. If both records are one organization, merge them as well; if the other merge was right, merge the first record into the other one.</source>
        <translation>دُمجت هذه المنظمة في سجلين مختلفين على حاسوبين. وهي تشير الآن إلى السجل الأول، وقد انتقل إليه أيضًا كل ما كان يشير إليها. إذا كان السجلان لمنظمة واحدة، فادمجهما أيضًا؛ وإذا كان الدمج الآخر هو الصحيح، فادمج السجل الأول في السجل الآخر.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="233"/>
        <source>e.g. %1</source>
        <translation>مثلًا %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="234"/>
        <source>Type a date (%1 or 2011-12-31), or press F4 for a calendar.</source>
        <translation>اكتب تاريخًا (%1 أو 2011-12-31)، أو اضغط F4 لعرض التقويم.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="236"/>
        <source>Choose from a calendar (F4)</source>
        <translation>الاختيار من التقويم (F4)</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="generated_strings.py" line="215"/>
        <source>Computers of the Project</source>
        <translation>حواسيب المشروع</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="216"/>
        <source>Every computer enrolled with headquarters. A lost or stolen one can be erased: at its next sync it sends what it has not sent, then erases its copy of the registry and signs out for good.</source>
        <translation>كل الحواسيب المسجلة لدى المقر. يمكن محو الحاسوب المفقود أو المسروق: عند مزامنته التالية يرسل ما لم يرسله بعد، ثم يمحو نسخته من السجل ويسجّل الخروج نهائيًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="217"/>
        <source>&amp;Refresh</source>
        <translation>ت&amp;حديث</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="218"/>
        <source>&amp;Erase Its Data…</source>
        <translation>&amp;محو بياناته…</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="219"/>
        <source>Asking headquarters…</source>
        <translation>جارٍ سؤال المقر…</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="220"/>
        <source>Erase a computer&apos;s data</source>
        <translation>محو بيانات حاسوب</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="221"/>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="222"/>
        <source>in use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="223"/>
        <source>signed out by headquarters</source>
        <translation>أخرجه المقر</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="224"/>
        <source>to be erased at its next sync</source>
        <translation>سيُمحى عند مزامنته التالية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="225"/>
        <source>erasing (not yet confirmed)</source>
        <translation>جارٍ المحو (لم يُؤكَّد بعد)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="226"/>
        <source>erased</source>
        <translation>مُحي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="227"/>
        <source>Computer</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="228"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="229"/>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="230"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="231"/>
        <source>Only the Civil Society Team (hq users) may see the project&apos;s computers.</source>
        <translation>لا يطّلع على حواسيب المشروع إلا فريق المجتمع المدني (مستخدمو المقر).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="232"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="233"/>
        <source>%1 (this computer)</source>
        <translation>%1 (هذا الحاسوب)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="234"/>
        <source>Erase everything on “%1” (%2)? At its next sync it sends what it has not sent, then erases its copy of the registry, its backups and logs, and signs out for good. This cannot be undone.</source>
        <translation>هل تمحو كل ما على «%1» (%2)؟ عند مزامنته التالية يرسل ما لم يرسله بعد، ثم يمحو نسخته من السجل ونسخه الاحتياطية وسجلاته، ويسجّل الخروج نهائيًا. لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/devices.py" line="144"/>
        <source>%n computer(s).</source>
        <translation>
            <numerusform>%n حاسوب.</numerusform>
            <numerusform>حاسوب واحد.</numerusform>
            <numerusform>حاسوبان.</numerusform>
            <numerusform>%n حواسيب.</numerusform>
            <numerusform>%n حاسوبًا.</numerusform>
            <numerusform>%n حاسوب.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="182"/>
        <source>Records behind a figure</source>
        <translation>السجلات المكوِّنة لرقم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="197"/>
        <source>Listing the records…</source>
        <translation>جارٍ سرد السجلات…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="219"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="222"/>
        <source>Show the record chosen in its page (Enter or a double-click do the same)</source>
        <translation>عرض السجل المختار في صفحته (يؤدي الضغط على Enter أو النقر المزدوج الغرض نفسه)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="261"/>
        <source>Participations in activities: %1, adding up to %2</source>
        <translation>المشاركات في الأنشطة: %1، ومجموعها %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="263"/>
        <source>Organizations: %1</source>
        <translation>المنظمات: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264"/>
        <source>Activities: %1</source>
        <translation>الأنشطة: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264"/>
        <source>Grants: %1</source>
        <translation>المنح: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="265"/>
        <source>People: %1</source>
        <translation>الأشخاص: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="266"/>
        <source>Records: %1</source>
        <translation>السجلات: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="272"/>
        <source>The records could not be listed: %1</source>
        <translation>تعذّر سرد السجلات: %1</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="209"/>
        <source>Already in the registry?</source>
        <translation>هل المنظمة موجودة بالفعل في السجل؟</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="214"/>
        <source>“%1” looks like %n organization(s) already in the registry. Open the existing one instead of making a second record, or save this one as a new organization if it is another body.</source>
        <translation>
            <numerusform>تبدو المنظمة «%1» مشابهة لـ%n منظمة موجودة بالفعل في السجل. افتح المنظمة الموجودة بدلًا من إنشاء سجل ثانٍ، أو احفظ هذه المنظمة بوصفها منظمة جديدة إن كانت هيئة أخرى.</numerusform>
            <numerusform>تبدو المنظمة «%1» مشابهة لـ%n منظمة موجودة بالفعل في السجل. افتح المنظمة الموجودة بدلًا من إنشاء سجل ثانٍ، أو احفظ هذه المنظمة بوصفها منظمة جديدة إن كانت هيئة أخرى.</numerusform>
            <numerusform>تبدو المنظمة «%1» مشابهة لـ%n منظمتين موجودتين بالفعل في السجل. افتح المنظمة الموجودة بدلًا من إنشاء سجل ثانٍ، أو احفظ هذه المنظمة بوصفها منظمة جديدة إن كانت هيئة أخرى.</numerusform>
            <numerusform>تبدو المنظمة «%1» مشابهة لـ%n منظمات موجودة بالفعل في السجل. افتح المنظمة الموجودة بدلًا من إنشاء سجل ثانٍ، أو احفظ هذه المنظمة بوصفها منظمة جديدة إن كانت هيئة أخرى.</numerusform>
            <numerusform>تبدو المنظمة «%1» مشابهة لـ%n منظمة موجودة بالفعل في السجل. افتح المنظمة الموجودة بدلًا من إنشاء سجل ثانٍ، أو احفظ هذه المنظمة بوصفها منظمة جديدة إن كانت هيئة أخرى.</numerusform>
            <numerusform>تبدو المنظمة «%1» مشابهة لـ%n منظمة موجودة بالفعل في السجل. افتح المنظمة الموجودة بدلًا من إنشاء سجل ثانٍ، أو احفظ هذه المنظمة بوصفها منظمة جديدة إن كانت هيئة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>How alike</source>
        <translation>درجة التشابه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Where</source>
        <translation>المكان</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="246"/>
        <source>&amp;Save as a new organization</source>
        <translation>&amp;حفظ بوصفها منظمة جديدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="207"/>
        <source>&amp;Open “%1”</source>
        <extracomment>From this score a match is &quot;very likely&quot; the same organization, below it &quot;likely&quot;.</extracomment>
        <translation>&amp;فتح «%1»</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="235"/>
        <source>very likely the same (%1)</source>
        <translation>يُرجَّح بشدة أنها المنظمة نفسها (%1)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="236"/>
        <source>likely the same (%1)</source>
        <translation>يُرجَّح أنها المنظمة نفسها (%1)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="237"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="238"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="239"/>
        <source>“%2”: %4 (%3)</source>
        <oldsource>“%2”: %3 — %4</oldsource>
        <translation>«%2»: %4 (%3)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="240"/>
        <source>Likely %1</source>
        <translation>على الأرجح %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="241"/>
        <source>row %1 of this file, “%2”: %4 (%3)</source>
        <oldsource>row %1 of this file, “%2”: %3 — %4</oldsource>
        <translation>الصف %1 من هذا الملف، «%2»: %4 (%3)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="242"/>
        <source>“%2”, %5: %4 (%3)</source>
        <oldsource>“%2” (%5): %3 — %4</oldsource>
        <translation>«%2»، %5: %4 (%3)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="243"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="244"/>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="generated_strings.py" line="245"/>
        <source>Erased person</source>
        <translation>شخص محذوف</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="246"/>
        <source>Headquarters could not erase this person&apos;s data because of an unexpected error (the details are in its log). Try again later.</source>
        <translation>تعذّر على المقر حذف بيانات هذا الشخص بسبب خطأ غير متوقع (التفاصيل في سجله). حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="247"/>
        <source>Headquarters could not be reached, so nothing was erased. Erasing a person&apos;s data needs a connection: try again when this computer is online.</source>
        <translation>تعذّر الوصول إلى المقر، فلم يُحذف شيء. يتطلب حذف بيانات شخص اتصالًا: حاول مرة أخرى عندما يكون هذا الحاسوب متصلًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="248"/>
        <source>The connection to headquarters failed before it answered, so this computer does not know whether the data was erased. Try again when the connection is better: erasing twice does no harm.</source>
        <translation>انقطع الاتصال بالمقر قبل أن يجيب، فلا يعرف هذا الحاسوب هل حُذفت البيانات. حاول مرة أخرى عندما يتحسن الاتصال: الحذف مرتين لا يضر.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="249"/>
        <source>Headquarters refused: only the Civil Society Team (headquarters users) may erase a person&apos;s data.</source>
        <translation>رفض المقر: لا يحق حذف بيانات شخص إلا لفريق المجتمع المدني (مستخدمي المقر).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="250"/>
        <source>Headquarters does not have this contact yet: it was never synced. Sync, then erase it again (or delete it: it never left this computer).</source>
        <translation>ليست لدى المقر جهة الاتصال هذه بعد: لم تُزامَن قط. زامِن، ثم احذفها مرة أخرى (أو احذف السجل: لم يغادر هذا الحاسوب قط).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="251"/>
        <source>This computer is not connected to headquarters: log in on the Sync page, then try again.</source>
        <translation>هذا الحاسوب غير مرتبط بالمقر: سجّل الدخول في صفحة المزامنة، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="252"/>
        <source>Headquarters erased this person&apos;s data on %1. They still count in the activities they took part in, without a name.</source>
        <translation>حذف المقر بيانات هذا الشخص في %1. ولا يزال محسوبًا، دون اسم، في الأنشطة التي شارك فيها.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="145"/>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="154"/>
        <source>A &amp;whole table:</source>
        <translation>جدول &amp;كامل:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="164"/>
        <source>The &amp;list on screen, with its search and filters: %1, %n record(s)</source>
        <translation>
            <numerusform>ال&amp;قائمة المعروضة، ببحثها وعوامل تصفيتها: %1، لا سجلات</numerusform>
            <numerusform>ال&amp;قائمة المعروضة، ببحثها وعوامل تصفيتها: %1، سجل واحد</numerusform>
            <numerusform>ال&amp;قائمة المعروضة، ببحثها وعوامل تصفيتها: %1، سجلان</numerusform>
            <numerusform>ال&amp;قائمة المعروضة، ببحثها وعوامل تصفيتها: %1، %n سجلات</numerusform>
            <numerusform>ال&amp;قائمة المعروضة، ببحثها وعوامل تصفيتها: %1، %n سجلًا</numerusform>
            <numerusform>ال&amp;قائمة المعروضة، ببحثها وعوامل تصفيتها: %1، %n سجل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="170"/>
        <source>The list on screen (this page has no list)</source>
        <translation>القائمة المعروضة (لا تتضمن هذه الصفحة قائمة)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="175"/>
        <source>CSV (opens in any spreadsheet)</source>
        <translation>CSV (يُفتح في أي برنامج جداول بيانات)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="176"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="177"/>
        <source>JSON (for other programs)</source>
        <translation>JSON (للبرامج الأخرى)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="180"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="183"/>
        <source>Contacts are personal data: the file will hold people&apos;s names, e-mail addresses, phone numbers and notes. Keep it safe and delete it when it is no longer needed.</source>
        <translation>جهات الاتصال بيانات شخصية: سيتضمن الملف أسماء الأشخاص وعناوين بريدهم الإلكتروني وأرقام هواتفهم والملاحظات. احفظه في مكان آمن واحذفه عندما تنتفي الحاجة إليه.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="216"/>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="235"/>
        <source>What:</source>
        <translation>ما يُصدَّر:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="236"/>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="239"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="286"/>
        <source>The contacts of %n organization(s) at risk are left out. Include the contacts of these at-risk organizations only if you must:</source>
        <translation>
            <numerusform>لا توجد منظمات معرّضة للخطر مستبعدة جهات اتصالها (%n). لا تُدرج جهات اتصال هذه المنظمات المعرّضة للخطر إلا عند الضرورة:</numerusform>
            <numerusform>استُبعدت جهات اتصال منظمة واحدة معرّضة للخطر. لا تُدرج جهات اتصال هذه المنظمة إلا عند الضرورة:</numerusform>
            <numerusform>استُبعدت جهات اتصال منظمتين معرّضتين للخطر. لا تُدرج جهات اتصال هاتين المنظمتين إلا عند الضرورة:</numerusform>
            <numerusform>استُبعدت جهات اتصال %n منظمات معرّضة للخطر. لا تُدرج جهات اتصال هذه المنظمات إلا عند الضرورة:</numerusform>
            <numerusform>استُبعدت جهات اتصال %n منظمة معرّضة للخطر. لا تُدرج جهات اتصال هذه المنظمات إلا عند الضرورة:</numerusform>
            <numerusform>استُبعدت جهات اتصال %n منظمة معرّضة للخطر. لا تُدرج جهات اتصال هذه المنظمات إلا عند الضرورة:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="318"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="319"/>
        <source>Export to</source>
        <translation>التصدير إلى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="337"/>
        <source>Choose the file to write.</source>
        <translation>اختر الملف المراد كتابته.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="354"/>
        <source>This file will hold personal data of %n person(s): their names, positions, e-mail addresses, phone numbers, consent dates and notes. Anyone who gets the file can read them. Export the contacts?</source>
        <translation>
            <numerusform>سيتضمن هذا الملف البيانات الشخصية لـ%n شخص: الأسماء والمناصب وعناوين البريد الإلكتروني وأرقام الهواتف وتواريخ الموافقة والملاحظات. ويستطيع أي شخص يحصل على الملف قراءتها. هل تريد تصدير جهات الاتصال؟</numerusform>
            <numerusform>سيتضمن هذا الملف البيانات الشخصية لـشخص واحد: الأسماء والمناصب وعناوين البريد الإلكتروني وأرقام الهواتف وتواريخ الموافقة والملاحظات. ويستطيع أي شخص يحصل على الملف قراءتها. هل تريد تصدير جهات الاتصال؟</numerusform>
            <numerusform>سيتضمن هذا الملف البيانات الشخصية لـشخصين: الأسماء والمناصب وعناوين البريد الإلكتروني وأرقام الهواتف وتواريخ الموافقة والملاحظات. ويستطيع أي شخص يحصل على الملف قراءتها. هل تريد تصدير جهات الاتصال؟</numerusform>
            <numerusform>سيتضمن هذا الملف البيانات الشخصية لـ%n أشخاص: الأسماء والمناصب وعناوين البريد الإلكتروني وأرقام الهواتف وتواريخ الموافقة والملاحظات. ويستطيع أي شخص يحصل على الملف قراءتها. هل تريد تصدير جهات الاتصال؟</numerusform>
            <numerusform>سيتضمن هذا الملف البيانات الشخصية لـ%n شخصًا: الأسماء والمناصب وعناوين البريد الإلكتروني وأرقام الهواتف وتواريخ الموافقة والملاحظات. ويستطيع أي شخص يحصل على الملف قراءتها. هل تريد تصدير جهات الاتصال؟</numerusform>
            <numerusform>سيتضمن هذا الملف البيانات الشخصية لـ%n شخص: الأسماء والمناصب وعناوين البريد الإلكتروني وأرقام الهواتف وتواريخ الموافقة والملاحظات. ويستطيع أي شخص يحصل على الملف قراءتها. هل تريد تصدير جهات الاتصال؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="358"/>
        <source>Export personal data</source>
        <translation>تصدير بيانات شخصية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="372"/>
        <source>Exporting… Cancel stops it and writes no file.</source>
        <translation>جارٍ التصدير… يؤدي الإلغاء إلى إيقافه دون كتابة أي ملف.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="412"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="398"/>
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>لم يُصدَّر أي سجل إلى %1.</numerusform>
            <numerusform>صُدِّر سجل واحد إلى %1.</numerusform>
            <numerusform>صُدِّر سجلان إلى %1.</numerusform>
            <numerusform>صُدِّرت %n سجلات إلى %1.</numerusform>
            <numerusform>صُدِّر %n سجلًا إلى %1.</numerusform>
            <numerusform>صُدِّر %n سجل إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="261"/>
        <source>The export was cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُحفظ أي ملف.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="262"/>
        <source>The disk is full: the file was not written. Free some space or choose another disk.</source>
        <translation>القرص ممتلئ: لم يُحفظ الملف. أفرغ بعض المساحة أو اختر قرصًا آخر.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="263"/>
        <source>The file was not written.</source>
        <translation>لم يُحفظ الملف.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="264"/>
        <source>The file could not be written to %1: you may not write in that folder, or the file is open in another program. Choose another place or close it.</source>
        <translation>تعذّر حفظ الملف في %1: قد لا يكون لديك إذن بالكتابة في ذلك المجلد، أو قد يكون الملف مفتوحًا في برنامج آخر. اختر مكانًا آخر أو أغلق الملف.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="265"/>
        <source>The folder %1 does not exist: choose another place.</source>
        <translation>المجلد %1 غير موجود: اختر مكانًا آخر.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="266"/>
        <source>The file was not written: %1</source>
        <translation>لم يُحفظ الملف: %1</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="140"/>
        <source>Separate several with ;</source>
        <translation>افصل بين القيم المتعددة بالرمز ;</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="158"/>
        <source>Type a country&apos;s name in any UN language, or its code; the list shows the matches.</source>
        <translation>اكتب اسم البلد بأي لغة من لغات الأمم المتحدة، أو رمزه؛ وستعرض القائمة النتائج المطابقة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/errors.py" line="47"/>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="228"/>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="532"/>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="586"/>
        <source>Click to list the records behind it.</source>
        <extracomment>A caption narrower than this stays on one line.</extracomment>
        <translation>انقر لسرد السجلات المكوِّنة له.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="203"/>
        <source>Choose a file</source>
        <translation>اختيار ملف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="204"/>
        <source>A CSV file, an Excel workbook (.xlsx) or a JSON file whose first row (or keys) name the columns.</source>
        <translation>ملف CSV، أو مصنف Excel (.xlsx)، أو ملف JSON، يتضمن صفه الأول (أو مفاتيحه) أسماء الأعمدة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="208"/>
        <source>Choose a file…</source>
        <translation>اختر ملفًا…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="210"/>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="216"/>
        <source>&amp;Sheet:</source>
        <translation>ال&amp;ورقة:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="226"/>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="242"/>
        <source>Import a file</source>
        <translation>استيراد ملف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="243"/>
        <source>Spreadsheets and data (*.csv *.xlsx *.xlsm *.json);;All files (*)</source>
        <translation>جداول البيانات والبيانات (*.csv *.xlsx *.xlsm *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="268"/>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="287"/>
        <source>%n row(s) to read.</source>
        <translation>
            <numerusform>لا صفوف للقراءة.</numerusform>
            <numerusform>صف واحد للقراءة.</numerusform>
            <numerusform>صفان للقراءة.</numerusform>
            <numerusform>%n صفوف للقراءة.</numerusform>
            <numerusform>%n صفًا للقراءة.</numerusform>
            <numerusform>%n صف للقراءة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="288"/>
        <source>Columns: %1</source>
        <translation>الأعمدة: %1</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="239"/>
        <source>Clear filters</source>
        <extracomment>The search box&apos;s narrowest width: a few words stay readable on a 1024-pixel screen. The shortcut of &quot;Save view…&quot; (Ctrl+Shift+S is &quot;Sync now&quot;; Ctrl+D bookmarks in browsers). Characters a filter drop-down shows at its narrowest (its list shows entries whole).</extracomment>
        <translation>إلغاء التصفية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="243"/>
        <source>Vie&amp;ws</source>
        <translation>طرق ال&amp;عرض</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="245"/>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="430"/>
        <source>Saved searches and filters: apply one, save the current one, rename or delete them</source>
        <translation>عمليات البحث وعوامل التصفية المحفوظة: طبِّق إحداها، أو احفظ الحالية، أو أعد تسميتها أو احذفها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="252"/>
        <source>&amp;Save view…</source>
        <translation>&amp;حفظ طريقة العرض…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="323"/>
        <source>No country is called “%1”: every country is listed.</source>
        <translation>لا يوجد بلد باسم «%1»: تُسرَد جميع البلدان.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="332"/>
        <source>Not a date: the period ignores it.</source>
        <translation>ليس تاريخًا: لن يؤخذ في الاعتبار في تحديد الفترة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="429"/>
        <source>View on screen: %1</source>
        <translation>طريقة العرض الحالية: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="454"/>
        <source>No saved view yet</source>
        <translation>لا توجد طريقة عرض محفوظة بعد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="458"/>
        <source>&amp;Rename view</source>
        <translation>&amp;إعادة تسمية طريقة العرض</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="460"/>
        <source>&amp;Delete view</source>
        <translation>حذف &amp;طريقة العرض</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="495"/>
        <source>A view called “%1” exists. Replace it?</source>
        <translation>توجد طريقة عرض باسم «%1». هل تريد استبدالها؟</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="496"/>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="531"/>
        <source>Saved views</source>
        <translation>طرق العرض المحفوظة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="501"/>
        <source>Save view</source>
        <translation>حفظ طريقة العرض</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="502"/>
        <source>Name of this search and its filters (e.g. “Kenya 2011”):</source>
        <translation>اسم هذا البحث وعوامل تصفيته (مثلًا «كينيا 2011»):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516"/>
        <source>Rename view</source>
        <translation>إعادة تسمية طريقة العرض</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516"/>
        <source>New name of the view “%1”:</source>
        <translation>الاسم الجديد لطريقة العرض «%1»:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="529"/>
        <source>Delete the view “%1”? Only its saved search and filters go; no record is touched.</source>
        <translation>هل تريد حذف طريقة العرض «%1»؟ لن يُحذف إلا البحث وعوامل التصفية المحفوظة؛ ولن يُمسّ أي سجل.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="49"/>
        <source>Welcome to Looking Beyond</source>
        <translation>مرحبًا بك في Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="55"/>
        <source>This is your office&apos;s registry of civil-society partners: organizations, their contacts, the activities they took part in and the seed funding they received. Everything works offline; your changes are sent to headquarters when a connection is set up.</source>
        <translation>هذا سجل مكتبك لشركائه من المجتمع المدني: المنظمات، وجهات الاتصال فيها، والأنشطة التي شاركت فيها، والتمويل الأولي الذي تلقته. يعمل كل شيء دون اتصال بالإنترنت؛ وتُرسَل تغييراتك إلى المقر عند إعداد الاتصال.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="60"/>
        <source>Explore with &amp;demo data</source>
        <translation>الاستكشاف باستخدام &amp;بيانات تجريبية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="63"/>
        <source>Fills this data folder with made-up organizations, activities and grants to try the application. A demo folder can never be connected to headquarters: for real work, start another data folder (File &gt; New data folder…).</source>
        <translation>يملأ مجلد البيانات هذا بمنظمات وأنشطة ومنح وهمية لتجربة التطبيق. لا يمكن أبدًا توصيل مجلد تجريبي بالمقر: للعمل الفعلي، أنشئ مجلد بيانات آخر (ملف &gt; مجلد بيانات جديد…).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="66"/>
        <source>Start with an &amp;empty registry</source>
        <translation>البدء ب&amp;سجل فارغ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="69"/>
        <source>You can connect to headquarters later, on the Sync page: your work is kept on this computer until then.</source>
        <translation>يمكنك الاتصال بالمقر لاحقًا من صفحة المزامنة: ويُحفظ عملك على هذا الحاسوب حتى ذلك الحين.</translation>
    </message>
</context>
<context>
    <name>GrantEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="178"/>
        <source>Type the name of a regional lead organization</source>
        <translation>اكتب اسم منظمة رائدة إقليمية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="189"/>
        <source>Type part of an activity&apos;s title to link it</source>
        <translation>اكتب جزءًا من عنوان نشاط لربطه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="191"/>
        <source>Unlink</source>
        <translation>إلغاء الربط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="199"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="211"/>
        <source>Activities paid for</source>
        <translation>الأنشطة المموَّلة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="219"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="220"/>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221"/>
        <source>Re&amp;vert</source>
        <translation>إ&amp;لغاء التغييرات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="233"/>
        <source>New grant</source>
        <translation>منحة جديدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="265"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="308"/>
        <source>Mark as %1</source>
        <translation>تعيين الحالة: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="311"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="313"/>
        <source>Step back</source>
        <translation>الرجوع خطوة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="329"/>
        <source>Create grant</source>
        <translation>إنشاء منحة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="332"/>
        <source>Edit grant</source>
        <translation>تعديل منحة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="366"/>
        <source>Grant: %1</source>
        <translation>المنحة: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="382"/>
        <source>Organization %1</source>
        <translation>المنظمة: %1</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="398"/>
        <source>Search purpose or organization…</source>
        <translation>ابحث في الغرض أو المنظمة…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="400"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="401"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="402"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="403"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="404"/>
        <source>Follows</source>
        <translation>الاجتماع المتابَع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="409"/>
        <source>&amp;New grant</source>
        <translation>&amp;منحة جديدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="411"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="417"/>
        <source>Grants approved in this period (either date may stay empty); a grant not yet approved has no approval date and is left out while a date is set. Type a date or press F4 for a calendar.</source>
        <translation>المنح المعتمدة في هذه الفترة (يجوز ترك أيٍّ من التاريخين فارغًا)؛ والمنحة غير المعتمدة بعد ليس لها تاريخ اعتماد، فتُستبعد ما دام هناك تاريخ محدد. اكتب تاريخًا أو اضغط F4 لعرض التقويم.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421"/>
        <source>Approved from</source>
        <translation>معتمدة من</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421"/>
        <source>Approved until</source>
        <translation>معتمدة حتى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="422"/>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="423"/>
        <source>The organization&apos;s country: type a country&apos;s name in any UN language, or its code</source>
        <translation>بلد المنظمة: اكتب اسم البلد بأي لغة من لغات الأمم المتحدة، أو رمزه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="425"/>
        <source>All thematic areas</source>
        <translation>جميع المجالات المواضيعية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="426"/>
        <source>The organization&apos;s thematic areas (a grant has none of its own); an area includes its sub-themes</source>
        <translation>المجالات المواضيعية للمنظمة (ليس للمنحة مجالات خاصة بها)؛ ويشمل المجال مواضيعه الفرعية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="428"/>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="430"/>
        <source>All currencies</source>
        <translation>جميع العملات</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="439"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>لا منح</numerusform>
            <numerusform>منحة واحدة</numerusform>
            <numerusform>منحتان</numerusform>
            <numerusform>%n منح</numerusform>
            <numerusform>%n منحة</numerusform>
            <numerusform>%n منحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="442"/>
        <source>%1 of %n grant(s)</source>
        <translation>
            <numerusform>%1 من أصل %n منحة</numerusform>
            <numerusform>%1 من أصل منحة واحدة</numerusform>
            <numerusform>%1 من أصل منحتين</numerusform>
            <numerusform>%1 من أصل %n منح</numerusform>
            <numerusform>%1 من أصل %n منحة</numerusform>
            <numerusform>%1 من أصل %n منحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="445"/>
        <source>Delete %n grant(s)</source>
        <translation>
            <numerusform>حذف %n منحة</numerusform>
            <numerusform>حذف منحة واحدة</numerusform>
            <numerusform>حذف منحتين</numerusform>
            <numerusform>حذف %n منح</numerusform>
            <numerusform>حذف %n منحة</numerusform>
            <numerusform>حذف %n منحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="448"/>
        <source>Delete %n grant(s)? They go to the Trash.</source>
        <translation>
            <numerusform>هل تريد حذف %n منحة؟ ستُنقل إلى سلة المحذوفات.</numerusform>
            <numerusform>هل تريد حذف منحة واحدة؟ ستُنقل إلى سلة المحذوفات.</numerusform>
            <numerusform>هل تريد حذف منحتين؟ ستُنقلان إلى سلة المحذوفات.</numerusform>
            <numerusform>هل تريد حذف %n منح؟ ستُنقل إلى سلة المحذوفات.</numerusform>
            <numerusform>هل تريد حذف %n منحة؟ ستُنقل إلى سلة المحذوفات.</numerusform>
            <numerusform>هل تريد حذف %n منحة؟ ستُنقل إلى سلة المحذوفات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>Who</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>Where</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>What</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="26"/>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="39"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="50"/>
        <source>The latest change of these fields, made on another computer and received by sync; earlier changes made there are kept at headquarters.</source>
        <translation>آخر تغيير لهذه الحقول، أُجري على حاسوب آخر ووصل عبر المزامنة؛ أما التغييرات السابقة التي أُجريت هناك فمحفوظة في المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="61"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="62"/>
        <source>Edited</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="63"/>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="64"/>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="65"/>
        <source>Merged into another organization</source>
        <translation>دُمج في منظمة أخرى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="66"/>
        <source>Merge undone</source>
        <translation>أُلغي الدمج</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="968"/>
        <source>Import a file</source>
        <extracomment>Emitted from the database worker&apos;s thread between chunks of rows (done, total): a queued connection shows it; a direct connection runs on the worker (tests cancel there).</extracomment>
        <translation>استيراد ملف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1018"/>
        <source>Import %n record(s) from %1</source>
        <translation>
            <numerusform>استيراد %n سجل من %1</numerusform>
            <numerusform>استيراد سجل واحد من %1</numerusform>
            <numerusform>استيراد سجلين من %1</numerusform>
            <numerusform>استيراد %n سجلات من %1</numerusform>
            <numerusform>استيراد %n سجلًا من %1</numerusform>
            <numerusform>استيراد %n سجل من %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1033"/>
        <source>Cancelling… nothing will be imported.</source>
        <translation>جارٍ الإلغاء… لن يُستورد شيء.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="271"/>
        <source>%1 cannot be imported: choose a CSV file, an Excel workbook (.xlsx) or a JSON file.</source>
        <translation>لا يمكن استيراد %1: اختر ملف CSV أو مصنف Excel (.xlsx) أو ملف JSON.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="272"/>
        <source>%1 does not exist any more.</source>
        <translation>لم يعد الملف %1 موجودًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="273"/>
        <source>%1 is a folder: choose a file.</source>
        <translation>%1 مجلد: اختر ملفًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="274"/>
        <source>%1 cannot be read: you may not have permission to open it.</source>
        <translation>تتعذّر قراءة %1: ربما لا يكون لديك إذن بفتحه.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="275"/>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation>حجم الملف %1 يتجاوز %2 ميغابايت: قسِّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="276"/>
        <source>%1 is empty.</source>
        <translation>الملف %1 فارغ.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="277"/>
        <source>%1 is not saved as UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”, then choose it again.</source>
        <translation>الملف %1 غير محفوظ نصًا بترميز UTF-8. احفظه في برنامج جداول البيانات بصيغة «CSV UTF-8»، ثم اختره مجددًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="278"/>
        <source>%1 is not a text file: is it really a CSV file?</source>
        <translation>الملف %1 ليس ملفًا نصيًا: هل هو فعلًا ملف CSV؟</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="279"/>
        <source>%1 is not a valid CSV file (line %2): a quote may be left open.</source>
        <translation>الملف %1 ليس ملف CSV صالحًا (السطر %2): ربما بقيت علامة اقتباس مفتوحة دون إغلاق.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="280"/>
        <source>%1 has no column names: its first row must name the columns.</source>
        <translation>لا توجد أسماء أعمدة في الملف %1: يجب أن يتضمن صفه الأول أسماء الأعمدة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="281"/>
        <source>Column %2 of %1 has no name: name every column in the first row.</source>
        <translation>العمود %2 في الملف %1 ليس له اسم: سمِّ كل عمود في الصف الأول.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="282"/>
        <source>%1 names a column twice (%2): give each column its own name.</source>
        <translation>يتكرر اسم عمود في الملف %1 (%2): أعطِ كل عمود اسمًا خاصًا به.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="283"/>
        <source>Row %2 of %1 has more cells than there are column names.</source>
        <translation>عدد الخلايا في الصف %2 من الملف %1 يتجاوز عدد أسماء الأعمدة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="284"/>
        <source>%1 has more than %2 rows: split it into smaller files.</source>
        <translation>عدد الصفوف في الملف %1 يتجاوز %2: قسِّمه إلى ملفات أصغر.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="285"/>
        <source>%1 has no rows under its column names.</source>
        <translation>لا توجد صفوف تحت أسماء الأعمدة في الملف %1.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="286"/>
        <source>%1 is not a readable Excel workbook (.xlsx).</source>
        <translation>الملف %1 ليس مصنف Excel (.xlsx) قابلًا للقراءة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="287"/>
        <source>The sheet “%2” of %1 is empty.</source>
        <translation>الورقة «%2» في الملف %1 فارغة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="288"/>
        <source>%1 is not a JSON list of records (line %2).</source>
        <translation>الملف %1 ليس قائمة سجلات بصيغة JSON (السطر %2).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="289"/>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="290"/>
        <source>Contacts of organizations</source>
        <translation>جهات اتصال المنظمات</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="291"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="292"/>
        <source>Participants of activities</source>
        <translation>المشاركون في الأنشطة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="293"/>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="294"/>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>تم الاستيراد: أُنشئ %1، وحُدِّث %2.</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="generated_strings.py" line="295"/>
        <source>This window is locked</source>
        <translation>هذه النافذة مقفلة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="296"/>
        <source>It locked itself after a while without use, to keep the registry from other eyes. Type your headquarters password or your PIN to go on.</source>
        <translation>أُقفلت تلقائيًا بعد مدة من عدم الاستخدام، لحماية السجل من أعين الآخرين. اكتب كلمة مرور المقر أو رمز PIN للمتابعة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="297"/>
        <source>Password or PIN</source>
        <translation>كلمة المرور أو رمز PIN</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="298"/>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="299"/>
        <source>That is neither the password nor the PIN. Try again.</source>
        <translation>هذه ليست كلمة المرور ولا رمز PIN. حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="300"/>
        <source>Lock Settings</source>
        <translation>إعدادات القفل</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="301"/>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="302"/>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="303"/>
        <source>Remove the PIN</source>
        <translation>إزالة رمز PIN</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="304"/>
        <source>Lock after this long without use:</source>
        <translation>القفل بعد هذه المدة دون استخدام:</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="305"/>
        <source>New PIN (4 to 12 digits):</source>
        <translation>رمز PIN جديد (من 4 إلى 12 رقمًا):</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="306"/>
        <source>The PIN again:</source>
        <translation>رمز PIN مرة أخرى:</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="307"/>
        <source>The data on this computer is encrypted. Its key is kept in this computer&apos;s keyring, which your sign-in to the computer opens: keep that sign-in to yourself.</source>
        <translation>البيانات على هذا الحاسوب مشفّرة. ويُحفظ مفتاحها في حلقة مفاتيح هذا الحاسوب، التي يفتحها تسجيل دخولك إلى الحاسوب: لا تُطلع أحدًا على بيانات تسجيل الدخول.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="308"/>
        <source>Your headquarters password and your PIN open the window on this computer.</source>
        <translation>كلمة مرور المقر ورمز PIN يفتحان النافذة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="311"/>
        <source>The data on this computer is encrypted with the passphrase typed each time it opens. Without the passphrase nobody can read it.</source>
        <translation>البيانات على هذا الحاسوب مشفّرة بعبارة المرور التي تُكتب في كل مرة تُفتح فيها. ومن دون عبارة المرور لا يستطيع أحد قراءتها.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="312"/>
        <source>Your headquarters password opens the window on this computer. A PIN is quicker to type.</source>
        <translation>كلمة مرور المقر تفتح النافذة على هذا الحاسوب. رمز PIN أسرع في الكتابة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="314"/>
        <source>Your PIN opens the window on this computer.</source>
        <translation>رمز PIN يفتح النافذة على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="315"/>
        <source>Nobody has logged in to headquarters on this computer yet: choose a PIN so that the window can lock.</source>
        <translation>لم يسجّل أحد الدخول إلى المقر على هذا الحاسوب بعد: اختر رمز PIN حتى يمكن قفل النافذة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="309"/>
        <source>The two PINs differ.</source>
        <translation>رمزا PIN مختلفان.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="310"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>يتكون رمز PIN من 4 إلى 12 رقمًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="313"/>
        <source>The settings could not be kept: %1</source>
        <translation>تعذّر حفظ الإعدادات: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/lock.py" line="185"/>
        <source>Too many wrong tries: wait %n second(s).</source>
        <translation>
            <numerusform>محاولات خاطئة كثيرة: انتظر %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة: انتظر ثانية واحدة.</numerusform>
            <numerusform>محاولات خاطئة كثيرة: انتظر ثانيتين.</numerusform>
            <numerusform>محاولات خاطئة كثيرة: انتظر %n ثوانٍ.</numerusform>
            <numerusform>محاولات خاطئة كثيرة: انتظر %n ثانية.</numerusform>
            <numerusform>محاولات خاطئة كثيرة: انتظر %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="59"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="719"/>
        <source>Looking Beyond</source>
        <extracomment>Days without a successful sync after which the banner warns (QSettings ``sync/warnDays``).</extracomment>
        <translation>Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="168"/>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="168"/>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169"/>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170"/>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="285"/>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171"/>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="183"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
            <numerusform>التعارضات (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="189"/>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="190"/>
        <source>&amp;New organization</source>
        <translation>&amp;منظمة جديدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="192"/>
        <source>New &amp;activity</source>
        <translation>ن&amp;شاط جديد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="194"/>
        <source>New &amp;grant</source>
        <translation>م&amp;نحة جديدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="195"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="196"/>
        <source>Open the &amp;log folder</source>
        <translation>فتح مجلد &amp;سجل الأحداث</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="206"/>
        <source>&amp;Import…</source>
        <translation>&amp;استيراد…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="208"/>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Open data folder…</source>
        <translation>&amp;فتح مجلد بيانات…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="216"/>
        <source>New data &amp;folder…</source>
        <translation>مجلد &amp;بيانات جديد…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Lock Now</source>
        <translation>ا&amp;قفل الآن</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="222"/>
        <source>Lock Se&amp;ttings…</source>
        <translation>إ&amp;عدادات القفل…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="231"/>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="232"/>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="234"/>
        <source>&amp;Redo</source>
        <translation>&amp;إعادة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="237"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="241"/>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="245"/>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="255"/>
        <source>&amp;Sync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Sync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="259"/>
        <source>&amp;Cancel the sync</source>
        <translation>&amp;إلغاء المزامنة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="265"/>
        <source>Sync by &amp;File</source>
        <translation>المزامنة عبر &amp;ملف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Write a File for Headquarters…</source>
        <translation>&amp;كتابة ملف للمقر…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="269"/>
        <source>&amp;Read a Reply from Headquarters…</source>
        <translation>&amp;قراءة رد من المقر…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="275"/>
        <source>Computers of the &amp;Project…</source>
        <translation>حواسيب الم&amp;شروع…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>&amp;مساعدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="282"/>
        <source>&amp;About Looking Beyond</source>
        <translation>&amp;حول Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="341"/>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="470"/>
        <source>Data: %1</source>
        <translation>البيانات: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="475"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="496"/>
        <source>Last sync: never</source>
        <translation>آخر مزامنة: لم تتم قط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="477"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="638"/>
        <source>Headquarters: not enrolled</source>
        <translation>المقر: غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="479"/>
        <source>Log in on the Sync page to connect this computer.</source>
        <translation>سجِّل الدخول في صفحة المزامنة لتوصيل هذا الحاسوب.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="493"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>لا تغييرات للإرسال</numerusform>
            <numerusform>تغيير واحد للإرسال</numerusform>
            <numerusform>تغييران للإرسال</numerusform>
            <numerusform>%n تغييرات للإرسال</numerusform>
            <numerusform>%n تغييرًا للإرسال</numerusform>
            <numerusform>%n تغيير للإرسال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="495"/>
        <source>Last sync: %1</source>
        <translation>آخر مزامنة: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="550"/>
        <source>Writing the file for headquarters…</source>
        <translation>جارٍ كتابة الملف للمقر…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="551"/>
        <source>Reading the reply from headquarters…</source>
        <translation>جارٍ قراءة رد المقر…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="556"/>
        <source>The file for headquarters is written.</source>
        <translation>كُتب الملف الموجّه إلى المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="562"/>
        <source>The file could not be written.</source>
        <translation>تعذّرت كتابة الملف.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="563"/>
        <source>The reply could not be read.</source>
        <translation>تعذّرت قراءة الرد.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="574"/>
        <source>The reply from headquarters is read.</source>
        <translation>قُرئ رد المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="600"/>
        <source>Syncing with headquarters…</source>
        <translation>جارٍ المزامنة مع المقر…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="611"/>
        <source>Sync finished.</source>
        <translation>اكتملت المزامنة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="625"/>
        <source>The next try is in %n minute(s).</source>
        <translation>
            <numerusform>المحاولة التالية بعد %n دقيقة.</numerusform>
            <numerusform>المحاولة التالية بعد دقيقة واحدة.</numerusform>
            <numerusform>المحاولة التالية بعد دقيقتين.</numerusform>
            <numerusform>المحاولة التالية بعد %n دقائق.</numerusform>
            <numerusform>المحاولة التالية بعد %n دقيقة.</numerusform>
            <numerusform>المحاولة التالية بعد %n دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="636"/>
        <source>Headquarters: reachable</source>
        <translation>المقر: متاح</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="637"/>
        <source>Headquarters: unreachable</source>
        <translation>المقر: يتعذر الوصول إليه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="650"/>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="672"/>
        <source>This computer has never synced with headquarters: your changes exist only here.</source>
        <translation>لم يُزامَن هذا الحاسوب مع المقر قط: لا توجد تغييراتك إلا هنا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="685"/>
        <source>No sync with headquarters for %n day(s): your recent changes exist only on this computer.</source>
        <translation>
            <numerusform>لم تتم أي مزامنة مع المقر منذ %n يوم: لا توجد تغييراتك الأخيرة إلا على هذا الحاسوب.</numerusform>
            <numerusform>لم تتم أي مزامنة مع المقر منذ يوم واحد: لا توجد تغييراتك الأخيرة إلا على هذا الحاسوب.</numerusform>
            <numerusform>لم تتم أي مزامنة مع المقر منذ يومين: لا توجد تغييراتك الأخيرة إلا على هذا الحاسوب.</numerusform>
            <numerusform>لم تتم أي مزامنة مع المقر منذ %n أيام: لا توجد تغييراتك الأخيرة إلا على هذا الحاسوب.</numerusform>
            <numerusform>لم تتم أي مزامنة مع المقر منذ %n يومًا: لا توجد تغييراتك الأخيرة إلا على هذا الحاسوب.</numerusform>
            <numerusform>لم تتم أي مزامنة مع المقر منذ %n يوم: لا توجد تغييراتك الأخيرة إلا على هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="718"/>
        <source>Looking Beyond — demo data</source>
        <translation>Looking Beyond — بيانات تجريبية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="773"/>
        <source>The new organization “%1” that you set aside is not saved. Close and lose it? (Cancel, then “Back to it”, to save it.)</source>
        <translation>المنظمة الجديدة «%1» التي وضعتها جانبًا غير محفوظة. هل تريد الإغلاق وفقدانها؟ (لحفظها: إلغاء، ثم «العودة إليها».)</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="331"/>
        <source>Match the columns</source>
        <translation>مطابقة الأعمدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="332"/>
        <source>Choose where the rows go and which field each column fills. Columns set to “Not imported” are left out.</source>
        <translation>اختر وجهة الصفوف والحقل الذي يملؤه كل عمود. تُستبعد الأعمدة المحدد لها «لا يُستورد».</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>Column in the file</source>
        <translation>العمود في الملف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="361"/>
        <source>&amp;Import into:</source>
        <translation>&amp;الاستيراد إلى:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="411"/>
        <source>Not imported</source>
        <translation>لا يُستورد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="419"/>
        <source>These columns were matched as you matched them last time for this file layout.</source>
        <translation>طوبقت هذه الأعمدة كما طابقتها في المرة الأخيرة لملف بهذا التخطيط.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="454"/>
        <source>Choose a column for: %1.</source>
        <translation>اختر عمودًا لـ: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="458"/>
        <source>Several columns fill the same field: %1.</source>
        <translation>عدة أعمدة تملأ الحقل نفسه: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="461"/>
        <source>Choose a field for at least one column.</source>
        <translation>اختر حقلًا لعمود واحد على الأقل.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="198"/>
        <source>Merge the two values</source>
        <translation>دمج القيمتين</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="199"/>
        <source>Both values are below. Edit them into the one to keep.</source>
        <translation>القيمتان أدناه. عدِّلهما لتصبحا القيمة المراد الاحتفاظ بها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="112"/>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="299"/>
        <source>Merge two organizations</source>
        <translation>دمج منظمتين</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="120"/>
        <source>Choose the record to keep and, for each field that differs, the value it keeps. The other record&apos;s contacts, participation, grants and co-organizing move to the kept one; its names become other names of the kept one. It is kept out of sight as a pointer, so that what other computers add to it before they hear of the merge lands on the kept one.</source>
        <translation>اختر السجل الذي سيُحتفظ به، ولكل حقل مختلف القيمة التي يحتفظ بها. تنتقل جهات الاتصال والمشاركة والمنح والتنظيم المشترك للسجل الآخر إلى السجل المحتفظ به، وتصبح أسماؤه أسماءً أخرى للسجل المحتفظ به. ويبقى السجل الآخر مخفيًا كمؤشر، بحيث يصل ما تضيفه إليه الحواسيب الأخرى قبل علمها بالدمج إلى السجل المحتفظ به.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="128"/>
        <source>Keep:</source>
        <translation>الإبقاء على:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="148"/>
        <source>&amp;Merge</source>
        <translation>&amp;دمج</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="163"/>
        <source>One of the two organizations is no longer here.</source>
        <translation>لم تعد إحدى المنظمتين موجودة هنا.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="199"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="200"/>
        <source>Kept record: %1</source>
        <translation>السجل المحتفَظ به: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="201"/>
        <source>Other record: %1</source>
        <translation>السجل الآخر: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230"/>
        <source>newer</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230"/>
        <source>the kept record has none</source>
        <translation>لا قيمة لهذا الحقل في السجل المحتفَظ به</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="233"/>
        <source>Proposed: %1</source>
        <translation>مقترَحة: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="238"/>
        <source>The two records hold the same values.</source>
        <translation>يتضمن السجلان القيم نفسها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="249"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="251"/>
        <source>%n participation record(s)</source>
        <translation>
            <numerusform>%n سجل مشاركة</numerusform>
            <numerusform>%n سجل مشاركة</numerusform>
            <numerusform>%n سجلا مشاركة</numerusform>
            <numerusform>%n سجلات مشاركة</numerusform>
            <numerusform>%n سجل مشاركة</numerusform>
            <numerusform>%n سجل مشاركة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="253"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n منحة</numerusform>
            <numerusform>%n منحة</numerusform>
            <numerusform>%n منحتان</numerusform>
            <numerusform>%n منح</numerusform>
            <numerusform>%n منحة</numerusform>
            <numerusform>%n منحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="255"/>
        <source>%n co-organized activity(ies)</source>
        <translation>
            <numerusform>المشاركة في تنظيم %n نشاط</numerusform>
            <numerusform>المشاركة في تنظيم %n نشاط</numerusform>
            <numerusform>المشاركة في تنظيم %n نشاطين</numerusform>
            <numerusform>المشاركة في تنظيم %n أنشطة</numerusform>
            <numerusform>المشاركة في تنظيم %n نشاطًا</numerusform>
            <numerusform>المشاركة في تنظيم %n نشاط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="256"/>
        <source>Moves to the kept record: %1.</source>
        <translation>يُنقل إلى السجل المحتفَظ به: %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="257"/>
        <source>Nothing else names the other record.</source>
        <translation>لا توجد سجلات أخرى تشير إلى السجل الآخر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="258"/>
        <source>“%1” becomes one of the kept record&apos;s other names.</source>
        <translation>يصبح «%1» أحد الأسماء الأخرى للسجل المحتفَظ به.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="260"/>
        <source>Edit &gt; Undo takes the merge back.</source>
        <translation>يؤدي الأمر تحرير &gt; تراجع إلى التراجع عن الدمج.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="277"/>
        <source>Merge “%1” into “%2”</source>
        <translation>دمج «%1» في «%2»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="294"/>
        <source>The organizations were not merged: %1</source>
        <translation>لم تُدمج المنظمتان: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="198"/>
        <source>&amp;Back to it</source>
        <extracomment>How long typing pauses before the name is looked up in the registry (milliseconds).</extracomment>
        <translation>&amp;العودة إليها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="201"/>
        <source>Discard it</source>
        <translation>التخلي عنها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225"/>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="228"/>
        <source>&amp;Add contact…</source>
        <translation>&amp;إضافة جهة اتصال…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="230"/>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="232"/>
        <source>Delete contact</source>
        <translation>حذف جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="234"/>
        <source>Save the organization to add its contacts.</source>
        <translation>احفظ المنظمة لإضافة جهات الاتصال فيها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="236"/>
        <source>%1 This organization is at risk: these people&apos;s contact details stay on headquarters&apos; and this office&apos;s computers. They are not sent to partners&apos; computers, and exports and reports leave them out unless you ask for them by name.</source>
        <translation>%1 هذه المنظمة معرّضة للخطر: تبقى بيانات الاتصال بهؤلاء الأشخاص على حواسيب المقر وهذا المكتب. لا تُرسل إلى حواسيب الشركاء، وتستبعدها عمليات التصدير والتقارير ما لم تطلبها بالاسم.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="250"/>
        <source>Erase Personal Data…</source>
        <translation>حذف البيانات الشخصية…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276"/>
        <source>Representatives</source>
        <translation>الممثلون</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="281"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="282"/>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="283"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="284"/>
        <source>History</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286"/>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286"/>
        <source>Re&amp;vert</source>
        <translation>إ&amp;لغاء التغييرات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="294"/>
        <source>Protect its people&apos;s contact details</source>
        <translation>حماية بيانات الاتصال بأفرادها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="296"/>
        <source>For people in danger if their names were known. Only headquarters and the office of its country receive their contact details, never partners or other countries&apos; offices. Exports and reports leave them out unless you ask for them by name.</source>
        <translation>للأشخاص المعرّضين للخطر إن عُرفت أسماؤهم. لا يتلقى بيانات الاتصال بهم إلا المقر ومكتب بلدها، ولا يتلقاها الشركاء أو مكاتب البلدان الأخرى أبدًا. وتستبعدها عمليات التصدير والتقارير ما لم تطلبها بالاسم.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="318"/>
        <source>New organization</source>
        <translation>منظمة جديدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="367"/>
        <source>Contacts (%1)</source>
        <translation>جهات الاتصال (%1)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="413"/>
        <source>Looking for this organization in the registry…</source>
        <translation>جارٍ البحث عن هذه المنظمة في السجل…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="481"/>
        <source>Your new organization “%1” was not saved.</source>
        <translation>لم تُحفظ منظمتك الجديدة «%1».</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="551"/>
        <source>Looks like %1.</source>
        <translation>يبدو أنها تشبه %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="552"/>
        <source>Looks like %1, and %n more.</source>
        <translation>
            <numerusform>يبدو أنها تشبه %1، و%n منظمة أخرى.</numerusform>
            <numerusform>يبدو أنها تشبه %1، و%n منظمة أخرى.</numerusform>
            <numerusform>يبدو أنها تشبه %1، و%n منظمتين أخريين.</numerusform>
            <numerusform>يبدو أنها تشبه %1، و%n منظمات أخرى.</numerusform>
            <numerusform>يبدو أنها تشبه %1، و%n منظمة أخرى.</numerusform>
            <numerusform>يبدو أنها تشبه %1، و%n منظمة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="553"/>
        <source>Show…</source>
        <translation>عرض…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="568"/>
        <source>Create “%1”</source>
        <translation>إنشاء «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="571"/>
        <source>Edit “%1”</source>
        <translation>تعديل «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618"/>
        <source>New contact</source>
        <translation>جهة اتصال جديدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="628"/>
        <source>Add contact “%1”</source>
        <translation>إضافة جهة الاتصال «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="631"/>
        <source>Edit contact “%1”</source>
        <translation>تعديل جهة الاتصال «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="646"/>
        <source>Delete contact “%1”</source>
        <translation>حذف جهة الاتصال «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="670"/>
        <source>This person&apos;s data is erased, at headquarters and on this computer.</source>
        <translation>حُذفت بيانات هذا الشخص، في المقر وعلى هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="687"/>
        <source>This person&apos;s data was already erased.</source>
        <translation>كانت بيانات هذا الشخص محذوفة من قبل.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="689"/>
        <source>Headquarters is being asked to erase a person&apos;s data.</source>
        <translation>يُطلب من المقر حذف بيانات شخص.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="691"/>
        <source>Select a contact first.</source>
        <translation>اختر جهة اتصال أولًا.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="694"/>
        <source>Erase this person&apos;s name, e-mail, phone, consent date and notes for good, at headquarters and on every computer (needs a connection).</source>
        <translation>حذف اسم هذا الشخص وبريده الإلكتروني وهاتفه وتاريخ موافقته وملاحظاته نهائيًا، في المقر وعلى كل الحواسيب (يتطلب اتصالًا).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="703"/>
        <source>Erased person</source>
        <translation>شخص محذوف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="704"/>
        <source>There is nothing to edit: headquarters erased this person&apos;s data on %1, on every computer. They still count in the activities they took part in, without a name. If the person joins again, add them as a new contact with their consent.</source>
        <translation>لا شيء لتعديله: حذف المقر بيانات هذا الشخص في %1، على كل الحواسيب. ولا يزال محسوبًا، دون اسم، في الأنشطة التي شارك فيها. إن عاد الشخص، أضِفه جهة اتصال جديدة بموافقته.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="720"/>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="794"/>
        <source>Erase a person&apos;s data</source>
        <translation>حذف بيانات شخص</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="721"/>
        <source>Erase the personal data of “%1” for good?</source>
        <translation>هل تريد حذف البيانات الشخصية لـ «%1» نهائيًا؟</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="724"/>
        <source>Headquarters removes this person&apos;s name, e-mail, phone, consent date and notes now, and every computer that holds them at its next sync, from its backups too. This cannot be undone.

The person stays counted in the activities they took part in, without a name. Erasing needs a connection to headquarters.</source>
        <translation>يزيل المقر الآن اسم هذا الشخص وبريده الإلكتروني وهاتفه وتاريخ موافقته وملاحظاته، ويزيلها كل حاسوب يحتفظ بها عند مزامنته التالية، ومن نسخه الاحتياطية أيضًا. لا يمكن التراجع عن ذلك.

يبقى الشخص محسوبًا، دون اسم، في الأنشطة التي شارك فيها. يتطلب الحذف اتصالًا بالمقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="729"/>
        <source>Erase</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="750"/>
        <source>Asking headquarters to erase this person&apos;s data…</source>
        <translation>يُطلب من المقر حذف بيانات هذا الشخص…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="779"/>
        <source>Headquarters erased this person&apos;s data (%1). Syncing, so that this computer removes it too…</source>
        <translation>حذف المقر بيانات هذا الشخص (%1). تجري المزامنة ليزيلها هذا الحاسوب أيضًا…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="782"/>
        <source>Headquarters erased this person&apos;s data (%1). This computer removes it at its next sync.</source>
        <translation>حذف المقر بيانات هذا الشخص (%1). سيزيلها هذا الحاسوب عند مزامنته التالية.</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="44"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="45"/>
        <source>Acronym</source>
        <translation>المختصر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="46"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="47"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="48"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="49"/>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="50"/>
        <source>Networks</source>
        <translation>الشبكات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="51"/>
        <source>RLO</source>
        <translation>RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="52"/>
        <source>Cities</source>
        <translation>المدن</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="323"/>
        <source>Not yet synced: changes here wait to be sent to headquarters</source>
        <translation>لم تتم المزامنة بعد: التغييرات هنا في انتظار إرسالها إلى المقر</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="324"/>
        <source>At risk: its people&apos;s contact details stay on headquarters&apos; and the owning office&apos;s computers, and exports and reports leave them out unless asked for by name</source>
        <translation>معرّضة للخطر: تبقى بيانات الاتصال بأفرادها على حواسيب المقر والمكتب المسؤول، وتستبعدها عمليات التصدير والتقارير ما لم تُطلب بالاسم</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="325"/>
        <source>Conflict: review it on the Conflicts page</source>
        <translation>تعارض: راجعه في صفحة «التعارضات»</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="70"/>
        <source>Search names, acronyms, cities, notes…</source>
        <extracomment>The search box&apos;s narrowest width (a few words stay readable on a 1024-pixel screen). The list&apos;s narrowest width beside the editor (the name column and a little more).</extracomment>
        <translation>ابحث في الأسماء والمختصرات والمدن والملاحظات…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="73"/>
        <source>All regions</source>
        <translation>جميع المناطق</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="74"/>
        <source>All countries</source>
        <translation>جميع البلدان</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="75"/>
        <source>All thematic areas</source>
        <translation>جميع المجالات المواضيعية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="76"/>
        <source>All networks</source>
        <translation>جميع الشبكات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="77"/>
        <source>All types</source>
        <translation>جميع الأنواع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="79"/>
        <source>RLOs only</source>
        <translation>منظمات RLO فقط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="82"/>
        <source>Clear filters</source>
        <translation>إلغاء التصفية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="114"/>
        <source>&amp;New organization</source>
        <translation>&amp;منظمة جديدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="116"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="122"/>
        <source>&amp;Merge Two Organizations…</source>
        <translation>&amp;دمج منظمتين…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="124"/>
        <source>Select two records of one organization, then merge them into one</source>
        <translation>حدِّد سجلين لمنظمة واحدة، ثم ادمجهما في سجل واحد</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="220"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>لا منظمات</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%n منظمات</numerusform>
            <numerusform>%n منظمة</numerusform>
            <numerusform>%n منظمة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="281"/>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="316"/>
        <source>Merged. Edit &gt; Undo takes it back.</source>
        <translation>تم الدمج. يؤدي الأمر تحرير &gt; تراجع إلى التراجع عنه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="337"/>
        <source>Delete %n organization(s) and their contacts? They go to the Trash, from where they can be restored.</source>
        <translation>
            <numerusform>هل تريد حذف %n منظمة وجهات الاتصال فيها؟ ستُنقل إلى سلة المحذوفات، ويمكن استعادتها منها.</numerusform>
            <numerusform>هل تريد حذف منظمة واحدة وجهات الاتصال فيها؟ ستُنقل إلى سلة المحذوفات، ويمكن استعادتها منها.</numerusform>
            <numerusform>هل تريد حذف منظمتين وجهات الاتصال فيهما؟ ستُنقلان إلى سلة المحذوفات، ويمكن استعادتهما منها.</numerusform>
            <numerusform>هل تريد حذف %n منظمات وجهات الاتصال فيها؟ ستُنقل إلى سلة المحذوفات، ويمكن استعادتها منها.</numerusform>
            <numerusform>هل تريد حذف %n منظمة وجهات الاتصال فيها؟ ستُنقل إلى سلة المحذوفات، ويمكن استعادتها منها.</numerusform>
            <numerusform>هل تريد حذف %n منظمة وجهات الاتصال فيها؟ ستُنقل إلى سلة المحذوفات، ويمكن استعادتها منها.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="345"/>
        <source>Delete %n organization(s)</source>
        <translation>
            <numerusform>حذف %n منظمة</numerusform>
            <numerusform>حذف منظمة واحدة</numerusform>
            <numerusform>حذف منظمتين</numerusform>
            <numerusform>حذف %n منظمات</numerusform>
            <numerusform>حذف %n منظمة</numerusform>
            <numerusform>حذف %n منظمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="351"/>
        <source>%n organization(s) moved to the Trash.</source>
        <translation>
            <numerusform>لم تُنقل أي منظمة إلى سلة المحذوفات.</numerusform>
            <numerusform>نُقلت منظمة واحدة إلى سلة المحذوفات.</numerusform>
            <numerusform>نُقلت منظمتان إلى سلة المحذوفات.</numerusform>
            <numerusform>نُقلت %n منظمات إلى سلة المحذوفات.</numerusform>
            <numerusform>نُقلت %n منظمة إلى سلة المحذوفات.</numerusform>
            <numerusform>نُقلت %n منظمة إلى سلة المحذوفات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="44"/>
        <source>Organizations by region</source>
        <translation>المنظمات حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="45"/>
        <source>Organizations by thematic area</source>
        <translation>المنظمات حسب المجال المواضيعي</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="94"/>
        <source>%n organization(s) in the registry</source>
        <translation>
            <numerusform>لا منظمات في السجل</numerusform>
            <numerusform>منظمة واحدة في السجل</numerusform>
            <numerusform>منظمتان في السجل</numerusform>
            <numerusform>%n منظمات في السجل</numerusform>
            <numerusform>%n منظمة في السجل</numerusform>
            <numerusform>%n منظمة في السجل</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="107"/>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="411"/>
        <source>(no one named)</source>
        <translation>(لم يُذكر اسم أحد)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Representatives</source>
        <translation>الممثلون</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172"/>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="250"/>
        <source>Representatives whose sex was not recorded: representatives minus women and men (computed)</source>
        <translation>الممثلون الذين لم يُسجَّل جنسهم: عدد الممثلين ناقص عدد النساء والرجال (محسوب)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="326"/>
        <source>is required</source>
        <translation>حقل إلزامي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="327"/>
        <source>“%1” is not a whole number of people (0 or more)</source>
        <translation>«%1» ليس عددًا صحيحًا من الأشخاص (0 أو أكثر)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="328"/>
        <source>cannot be more than %1</source>
        <translation>لا يجوز أن تتجاوز القيمة %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="329"/>
        <source>%1 women and men is more than the %2 representatives</source>
        <translation>مجموع النساء والرجال (%1) يتجاوز عدد الممثلين (%2)</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="780"/>
        <source>Save the activity to add who took part.</source>
        <translation>احفظ النشاط لإضافة المشاركين فيه.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="783"/>
        <source>Find organizations or people to add</source>
        <translation>ابحث عن منظمات أو أشخاص لإضافتهم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="798"/>
        <source>Tick several with Space or a click (or select them with Shift and Ctrl), then Ctrl+Enter adds them all.</source>
        <translation>حدِّد عدة عناصر بمفتاح المسافة أو بالنقر (أو اخترها باستخدام Shift و Ctrl)، ثم اضغط Ctrl+Enter لإضافتها جميعًا.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="803"/>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="989"/>
        <source>Add &amp;selected</source>
        <translation>إضافة ال&amp;محدَّد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="805"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="807"/>
        <source>New &amp;organization…</source>
        <translation>منظمة &amp;جديدة…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="810"/>
        <source>From attendance s&amp;heet…</source>
        <translation>من &amp;كشف الحضور…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="822"/>
        <source>Type to change a cell · Tab: next cell · Enter: next row · Ctrl+V: paste from a spreadsheet · Delete: clear or remove · Esc: drop a refused value</source>
        <translation>اكتب لتغيير خلية · Tab: الخلية التالية · Enter: الصف التالي · Ctrl+V: اللصق من جدول بيانات · Delete: المسح أو الإزالة · Esc: التخلي عن قيمة مرفوضة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="835"/>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="841"/>
        <source>Loo&amp;k up:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="964"/>
        <source>%1 (already taking part)</source>
        <translation>%1 (مشارِكة بالفعل)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="988"/>
        <source>Add %n selected</source>
        <translation>
            <numerusform>إضافة المحدَّد (%n)</numerusform>
            <numerusform>إضافة المحدَّد (%n)</numerusform>
            <numerusform>إضافة المحدَّد (%n)</numerusform>
            <numerusform>إضافة المحدَّد (%n)</numerusform>
            <numerusform>إضافة المحدَّد (%n)</numerusform>
            <numerusform>إضافة المحدَّد (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1017"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>إضافة %n مشارك</numerusform>
            <numerusform>إضافة مشارك واحد</numerusform>
            <numerusform>إضافة مشاركَين</numerusform>
            <numerusform>إضافة %n مشاركين</numerusform>
            <numerusform>إضافة %n مشاركًا</numerusform>
            <numerusform>إضافة %n مشارك</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1044"/>
        <source>Edit participant “%1”</source>
        <translation>تعديل المشارك «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1097"/>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1154"/>
        <source>Nothing was pasted:</source>
        <translation>لم يُلصق شيء:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1101"/>
        <source>Paste into %n participant(s)</source>
        <translation>
            <numerusform>اللصق في %n مشارك</numerusform>
            <numerusform>اللصق في مشارك واحد</numerusform>
            <numerusform>اللصق في مشاركَين</numerusform>
            <numerusform>اللصق في %n مشاركين</numerusform>
            <numerusform>اللصق في %n مشاركًا</numerusform>
            <numerusform>اللصق في %n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1103"/>
        <source>%n pasted line(s) fell below the last participant and were left out.</source>
        <translation>
            <numerusform>وقع %n سطر ملصوق بعد آخر مشارك فاستُبعد.</numerusform>
            <numerusform>وقع سطر ملصوق واحد بعد آخر مشارك فاستُبعد.</numerusform>
            <numerusform>وقع سطران ملصوقان بعد آخر مشارك فاستُبعدا.</numerusform>
            <numerusform>وقعت %n أسطر ملصوقة بعد آخر مشارك فاستُبعدت.</numerusform>
            <numerusform>وقع %n سطرًا ملصوقًا بعد آخر مشارك فاستُبعدت.</numerusform>
            <numerusform>وقع %n سطر ملصوق بعد آخر مشارك فاستُبعدت.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1115"/>
        <source>Nothing was saved:</source>
        <translation>لم يُحفظ شيء:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1135"/>
        <source>Paste %n participant(s)</source>
        <translation>
            <numerusform>لصق %n مشارك</numerusform>
            <numerusform>لصق مشارك واحد</numerusform>
            <numerusform>لصق مشاركَين</numerusform>
            <numerusform>لصق %n مشاركين</numerusform>
            <numerusform>لصق %n مشاركًا</numerusform>
            <numerusform>لصق %n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1138"/>
        <source>%n organization(s) pasted.</source>
        <translation>
            <numerusform>لم تُلصق أي منظمة.</numerusform>
            <numerusform>لُصقت منظمة واحدة.</numerusform>
            <numerusform>لُصقت منظمتان.</numerusform>
            <numerusform>لُصقت %n منظمات.</numerusform>
            <numerusform>لُصقت %n منظمة.</numerusform>
            <numerusform>لُصقت %n منظمة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1140"/>
        <source>Taken as the closest known name:</source>
        <translation>أُخذ بأقرب اسم معروف:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1144"/>
        <source>Not found, left out (add them with New organization):</source>
        <translation>لم يُعثر عليها، فاستُبعدت (أضفها باستخدام «منظمة جديدة»):</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1147"/>
        <source>Left out, their organization was on an earlier line (add its numbers to that line):</source>
        <translation>استُبعدت لأن منظمتها وردت في سطر سابق (أضف أعدادها إلى ذلك السطر):</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1169"/>
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>مسح %n خلية</numerusform>
            <numerusform>مسح خلية واحدة</numerusform>
            <numerusform>مسح خليتين</numerusform>
            <numerusform>مسح %n خلايا</numerusform>
            <numerusform>مسح %n خلية</numerusform>
            <numerusform>مسح %n خلية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1182"/>
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>إزالة %n مشارك</numerusform>
            <numerusform>إزالة مشارك واحد</numerusform>
            <numerusform>إزالة مشاركَين</numerusform>
            <numerusform>إزالة %n مشاركين</numerusform>
            <numerusform>إزالة %n مشاركًا</numerusform>
            <numerusform>إزالة %n مشارك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1192"/>
        <source>Remove %n participant(s) from this activity?</source>
        <translation>
            <numerusform>هل تريد إزالة %n مشارك من هذا النشاط؟</numerusform>
            <numerusform>هل تريد إزالة مشارك واحد من هذا النشاط؟</numerusform>
            <numerusform>هل تريد إزالة مشاركَين من هذا النشاط؟</numerusform>
            <numerusform>هل تريد إزالة %n مشاركين من هذا النشاط؟</numerusform>
            <numerusform>هل تريد إزالة %n مشاركًا من هذا النشاط؟</numerusform>
            <numerusform>هل تريد إزالة %n مشارك من هذا النشاط؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1221"/>
        <source>Create “%1” and add it</source>
        <translation>إنشاء «%1» وإضافتها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1244"/>
        <source>&amp;Add “%1” instead</source>
        <translation>&amp;إضافة «%1» بدلًا منها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1253"/>
        <source>New organization</source>
        <translation>منظمة جديدة</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35"/>
        <source>Choose a Passphrase</source>
        <translation>اختيار عبارة المرور</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35"/>
        <source>Unlock the Data</source>
        <translation>فتح قفل البيانات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="39"/>
        <source>This computer has no keyring to keep the key that encrypts the data in %1. Choose a passphrase instead: you will type it each time the data is opened.

Keep it safe. Without it nobody, not even headquarters, can read this folder; what was synced can be synced again into a new folder.</source>
        <translation>لا توجد في هذا الحاسوب حلقة مفاتيح تحفظ المفتاح الذي يشفّر البيانات في %1. اختر بدلاً من ذلك عبارة مرور: ستكتبها في كل مرة تُفتح فيها البيانات.

احفظها في مكان آمن. من دونها لا يستطيع أحد، ولا حتى المقر، قراءة هذا المجلد؛ ويمكن مزامنة ما سبقت مزامنته مرة أخرى في مجلد جديد.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="44"/>
        <source>The data in %1 is encrypted with a passphrase. Type it to open the data.</source>
        <translation>البيانات في %1 مشفّرة بعبارة مرور. اكتبها لفتح البيانات.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="54"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="59"/>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71"/>
        <source>&amp;Lock the Data With It</source>
        <translation>&amp;قفل البيانات بها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="78"/>
        <source>That passphrase does not open this data. Try again.</source>
        <translation>عبارة المرور هذه لا تفتح هذه البيانات. حاول مرة أخرى.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="93"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>%n حرف على الأقل.</numerusform>
            <numerusform>حرف واحد على الأقل.</numerusform>
            <numerusform>حرفان على الأقل.</numerusform>
            <numerusform>%n أحرف على الأقل.</numerusform>
            <numerusform>%n حرفًا على الأقل.</numerusform>
            <numerusform>%n حرف على الأقل.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="95"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="583"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="585"/>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587"/>
        <source>Create anyway</source>
        <translation>الإنشاء رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587"/>
        <source>Likely already there</source>
        <translation>يُرجَّح أنها موجودة بالفعل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="624"/>
        <source>Created anyway</source>
        <translation>يُنشأ رغم ذلك</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="625"/>
        <source>Skipped: likely a duplicate</source>
        <translation>يُتخطّى: مكرر على الأرجح</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="626"/>
        <source>OK</source>
        <translation>سليم</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="671"/>
        <source>Check the rows</source>
        <translation>التحقق من الصفوف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="672"/>
        <source>Every row is checked with the rules of the forms. A file is imported whole or not at all: fix the rows with problems in the file, save it, then choose Check again.</source>
        <translation>يُتحقَّق من كل صف وفق قواعد الاستمارات. يُستورد الملف كاملًا أو لا يُستورد إطلاقًا: أصلح الصفوف التي بها مشكلات في الملف، واحفظه، ثم اختر «إعادة التحقق».</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="676"/>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="680"/>
        <source>Show only rows with &amp;problems or likely duplicates</source>
        <translation>عرض الصفوف التي بها &amp;مشكلات أو التي يُرجَّح أنها مكررة فقط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="684"/>
        <source>S&amp;kip all likely duplicates</source>
        <translation>&amp;تخطّي جميع الصفوف المكررة على الأرجح</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="687"/>
        <source>Create all any&amp;way</source>
        <translation>إنشاء الكل على أي &amp;حال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="690"/>
        <source>Check &amp;again</source>
        <translation>&amp;إعادة التحقق</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="692"/>
        <source>Read the file again (after fixing it) and check every row.</source>
        <translation>إعادة قراءة الملف (بعد إصلاحه) والتحقق من كل صف.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="747"/>
        <source>The columns of the file changed: go Back and match them again.</source>
        <translation>تغيّرت أعمدة الملف: ارجع إلى الخطوة السابقة وطابقها مجددًا.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="781"/>
        <source>Checking the rows…</source>
        <translation>جارٍ التحقق من الصفوف…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="807"/>
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>لا يمكن استيراد أي صف.</numerusform>
            <numerusform>يمكن استيراد صف واحد.</numerusform>
            <numerusform>يمكن استيراد صفين.</numerusform>
            <numerusform>يمكن استيراد %n صفوف.</numerusform>
            <numerusform>يمكن استيراد %n صفًا.</numerusform>
            <numerusform>يمكن استيراد %n صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="811"/>
        <source>Rows with problems: %n. Nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>الصفوف التي بها مشكلات: %n. لا يمكن استيراد أي شيء حتى تُصلَح في الملف.</numerusform>
            <numerusform>الصفوف التي بها مشكلات: %n. لا يمكن استيراد أي شيء حتى تُصلَح في الملف.</numerusform>
            <numerusform>الصفوف التي بها مشكلات: %n. لا يمكن استيراد أي شيء حتى تُصلَح في الملف.</numerusform>
            <numerusform>الصفوف التي بها مشكلات: %n. لا يمكن استيراد أي شيء حتى تُصلَح في الملف.</numerusform>
            <numerusform>الصفوف التي بها مشكلات: %n. لا يمكن استيراد أي شيء حتى تُصلَح في الملف.</numerusform>
            <numerusform>الصفوف التي بها مشكلات: %n. لا يمكن استيراد أي شيء حتى تُصلَح في الملف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="815"/>
        <source>No row has a problem.</source>
        <translation>لا توجد مشكلات في أي صف.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="818"/>
        <source>%n row(s) look like an organization already in the registry, or one an earlier row creates (in yellow): they are skipped unless you tick “Create anyway”.</source>
        <translation>
            <numerusform>يشبه %n صف منظمةً موجودة بالفعل في السجل، أو منظمةً يُنشئها صف سابق (بالأصفر): وستُتخطّى ما لم تحدِّد «الإنشاء رغم ذلك».</numerusform>
            <numerusform>يشبه %n صف منظمةً موجودة بالفعل في السجل، أو منظمةً يُنشئها صف سابق (بالأصفر): وسيُتخطّى ما لم تحدِّد «الإنشاء رغم ذلك».</numerusform>
            <numerusform>يشبه %n صفان منظمةً موجودة بالفعل في السجل، أو منظمةً يُنشئها صف سابق (بالأصفر): وسيُتخطّيان ما لم تحدِّد «الإنشاء رغم ذلك».</numerusform>
            <numerusform>يشبه %n صفوف منظمةً موجودة بالفعل في السجل، أو منظمةً يُنشئها صف سابق (بالأصفر): وستُتخطّى ما لم تحدِّد «الإنشاء رغم ذلك».</numerusform>
            <numerusform>يشبه %n صفًا منظمةً موجودة بالفعل في السجل، أو منظمةً يُنشئها صف سابق (بالأصفر): وستُتخطّى ما لم تحدِّد «الإنشاء رغم ذلك».</numerusform>
            <numerusform>يشبه %n صف منظمةً موجودة بالفعل في السجل، أو منظمةً يُنشئها صف سابق (بالأصفر): وستُتخطّى ما لم تحدِّد «الإنشاء رغم ذلك».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="822"/>
        <source>Skipped now: %n.</source>
        <translation>
            <numerusform>الصفوف المتخطّاة حاليًا: %n.</numerusform>
            <numerusform>الصفوف المتخطّاة حاليًا: %n.</numerusform>
            <numerusform>الصفوف المتخطّاة حاليًا: %n.</numerusform>
            <numerusform>الصفوف المتخطّاة حاليًا: %n.</numerusform>
            <numerusform>الصفوف المتخطّاة حاليًا: %n.</numerusform>
            <numerusform>الصفوف المتخطّاة حاليًا: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="825"/>
        <source>%n cell(s) start like a spreadsheet formula (=, +, -, @): they are imported as text.</source>
        <translation>
            <numerusform>تبدأ %n خلية كما تبدأ صيغ جداول البيانات (= أو + أو - أو @): وستُستورد نصًا.</numerusform>
            <numerusform>تبدأ خلية واحدة كما تبدأ صيغ جداول البيانات (= أو + أو - أو @): وستُستورد نصًا.</numerusform>
            <numerusform>تبدأ خليتان كما تبدأ صيغ جداول البيانات (= أو + أو - أو @): وستُستوردان نصًا.</numerusform>
            <numerusform>تبدأ %n خلايا كما تبدأ صيغ جداول البيانات (= أو + أو - أو @): وستُستورد نصًا.</numerusform>
            <numerusform>تبدأ %n خلية كما تبدأ صيغ جداول البيانات (= أو + أو - أو @): وستُستورد نصًا.</numerusform>
            <numerusform>تبدأ %n خلية كما تبدأ صيغ جداول البيانات (= أو + أو - أو @): وستُستورد نصًا.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="858"/>
        <source>Import</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="859"/>
        <source>The rows are written in one step: all of them, or none.</source>
        <translation>تُكتب الصفوف في خطوة واحدة: جميعها أو لا شيء منها.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="889"/>
        <source>Importing %n row(s)… Cancel stops the import and leaves the data as it was.</source>
        <translation>
            <numerusform>جارٍ استيراد %n صف… يؤدي الإلغاء إلى إيقاف الاستيراد وترك البيانات على حالها.</numerusform>
            <numerusform>جارٍ استيراد صف واحد… يؤدي الإلغاء إلى إيقاف الاستيراد وترك البيانات على حالها.</numerusform>
            <numerusform>جارٍ استيراد صفين… يؤدي الإلغاء إلى إيقاف الاستيراد وترك البيانات على حالها.</numerusform>
            <numerusform>جارٍ استيراد %n صفوف… يؤدي الإلغاء إلى إيقاف الاستيراد وترك البيانات على حالها.</numerusform>
            <numerusform>جارٍ استيراد %n صفًا… يؤدي الإلغاء إلى إيقاف الاستيراد وترك البيانات على حالها.</numerusform>
            <numerusform>جارٍ استيراد %n صف… يؤدي الإلغاء إلى إيقاف الاستيراد وترك البيانات على حالها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="913"/>
        <source>Imported into %1: %2 created, %3 updated, %4 unchanged. Edit ▸ Undo takes the whole import back.</source>
        <translation>استُورد إلى %1: أُنشئ %2، وحُدِّث %3، ولم يتغير %4. يؤدي الأمر تحرير ▸ تراجع إلى التراجع عن الاستيراد بأكمله.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="921"/>
        <source>%n likely duplicate(s) skipped.</source>
        <translation>
            <numerusform>الصفوف المتخطّاة لأنها مكررة على الأرجح: %n.</numerusform>
            <numerusform>الصفوف المتخطّاة لأنها مكررة على الأرجح: %n.</numerusform>
            <numerusform>الصفوف المتخطّاة لأنها مكررة على الأرجح: %n.</numerusform>
            <numerusform>الصفوف المتخطّاة لأنها مكررة على الأرجح: %n.</numerusform>
            <numerusform>الصفوف المتخطّاة لأنها مكررة على الأرجح: %n.</numerusform>
            <numerusform>الصفوف المتخطّاة لأنها مكررة على الأرجح: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="934"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>أُلغي الاستيراد: لم يُستورد شيء.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="936"/>
        <source>Nothing was imported: %n row(s) broke a rule (the data changed since the rows were checked). Run the import again to see them.</source>
        <translation>
            <numerusform>لم يُستورد شيء: عدد الصفوف التي خالفت قاعدة: %n (تغيّرت البيانات منذ التحقق من الصفوف). أعد تشغيل الاستيراد لعرضها.</numerusform>
            <numerusform>لم يُستورد شيء: عدد الصفوف التي خالفت قاعدة: %n (تغيّرت البيانات منذ التحقق من الصفوف). أعد تشغيل الاستيراد لعرضها.</numerusform>
            <numerusform>لم يُستورد شيء: عدد الصفوف التي خالفت قاعدة: %n (تغيّرت البيانات منذ التحقق من الصفوف). أعد تشغيل الاستيراد لعرضها.</numerusform>
            <numerusform>لم يُستورد شيء: عدد الصفوف التي خالفت قاعدة: %n (تغيّرت البيانات منذ التحقق من الصفوف). أعد تشغيل الاستيراد لعرضها.</numerusform>
            <numerusform>لم يُستورد شيء: عدد الصفوف التي خالفت قاعدة: %n (تغيّرت البيانات منذ التحقق من الصفوف). أعد تشغيل الاستيراد لعرضها.</numerusform>
            <numerusform>لم يُستورد شيء: عدد الصفوف التي خالفت قاعدة: %n (تغيّرت البيانات منذ التحقق من الصفوف). أعد تشغيل الاستيراد لعرضها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="940"/>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="399"/>
        <source>Exchange rates</source>
        <translation>أسعار الصرف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="404"/>
        <source>Grants are counted in US dollars with these rates: US dollars for one unit of each currency. They are kept in this data folder only, and every report states their date and source.</source>
        <translation>تُحتسب المنح بدولارات الولايات المتحدة وفق هذه الأسعار: عدد دولارات الولايات المتحدة لوحدة واحدة من كل عملة. وهي محفوظة في مجلد البيانات هذا فقط، ويذكر كل تقرير تاريخها ومصدرها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="412"/>
        <source>e.g. UN operational rates of exchange, treasury.un.org, June 2011</source>
        <translation>مثلًا أسعار الصرف التشغيلية للأمم المتحدة، treasury.un.org، حزيران/يونيه 2011</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="416"/>
        <source>Rates &amp;as of:</source>
        <translation>الأسعار &amp;في تاريخ:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="418"/>
        <source>So&amp;urce:</source>
        <translation>المص&amp;در:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424"/>
        <source>US dollars per unit</source>
        <translation>دولارات الولايات المتحدة لكل وحدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="430"/>
        <source>Currency: its three-letter ISO code (EUR). Rate: how many US dollars one unit is worth (1.08).</source>
        <translation>العملة: رمزها وفق معيار ISO المكوَّن من ثلاثة أحرف (EUR). السعر: قيمة الوحدة الواحدة بدولارات الولايات المتحدة (1.08).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="432"/>
        <source>A&amp;dd currency</source>
        <translation>إضافة &amp;عملة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="435"/>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="438"/>
        <source>Restore &amp;shipped rates</source>
        <translation>استعادة الأسعار ال&amp;مرفقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="440"/>
        <source>Put back the rates that came with the application (saved when you press Save)</source>
        <translation>إعادة الأسعار المرفقة بالتطبيق (تُحفظ عند الضغط على «حفظ»)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="495"/>
        <source>The rates could not be read: %1</source>
        <translation>تعذّرت قراءة الأسعار: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="502"/>
        <source>The rates were not saved: %1</source>
        <translation>لم تُحفظ الأسعار: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="511"/>
        <source>The shipped rates are shown: press Save to use them.</source>
        <translation>تُعرض الأسعار المرفقة: اضغط «حفظ» لاستخدامها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="545"/>
        <source>Give the date of the rates.</source>
        <translation>أدخل تاريخ الأسعار.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="548"/>
        <source>Say where the rates come from.</source>
        <translation>اذكر مصدر الأسعار.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="557"/>
        <source>Line %1: “%2” is not a currency code (three letters, e.g. EUR).</source>
        <translation>السطر %1: «%2» ليس رمز عملة (ثلاثة أحرف، مثلًا EUR).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="562"/>
        <source>Line %1: %2 is listed twice.</source>
        <translation>السطر %1: %2 مدرجة مرتين.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="567"/>
        <source>Line %1: the rate of %2 must be a number above zero (US dollars for one %2).</source>
        <translation>السطر %1: يجب أن يكون سعر %2 عددًا أكبر من الصفر (عدد دولارات الولايات المتحدة لوحدة واحدة من %2).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="572"/>
        <source>Line %1: one US dollar is worth 1 US dollar.</source>
        <translation>السطر %1: قيمة دولار الولايات المتحدة الواحد هي 1 دولار.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="600"/>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="441"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>لا تغييرات</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%n تغييرات</numerusform>
            <numerusform>%n تغييرًا</numerusform>
            <numerusform>%n تغيير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="326"/>
        <source>Indicator</source>
        <extracomment>Unicode&apos;s first-strong isolate and its end: a name inside them is laid out in its own direction (an Arabic name right to left, its acronym in brackets on its left) whatever the direction of the table. The order the table shows some sections&apos; columns in (the others: as computed): the most engaged organizations&apos; representatives under the meetings&apos; representatives, their activities in a column as narrow as theirs, so that the table keeps the width of its figures at 1024×600.</extracomment>
        <translation>المؤشر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="454"/>
        <source>Converted with the rates as of %1 (%2).</source>
        <translation>حُوِّلت وفق الأسعار في %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="466"/>
        <source>Not computable: nothing to count it on, or a currency without a rate.</source>
        <translation>يتعذر حسابه: لا يوجد ما يُحتسب على أساسه، أو توجد عملة بلا سعر صرف.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="469"/>
        <source>Double-click or press Enter to list the records behind it.</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter لسرد السجلات المكوِّنة له.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="471"/>
        <source>Double-click or press Enter to open the organization.</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter لفتح المنظمة.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="171"/>
        <source>All time</source>
        <extracomment>How long the page waits after a change of filter or data before computing again (ms). Characters a filter drop-down shows at its narrowest (its list shows entries whole). Tables whose changes can change the report. The export formats, in the order of the Export menu. The least width of the table&apos;s names (pixels; a longer name is elided, whole in its tooltip). The most characters a text column of the table (an organization&apos;s country) is sized for. The headline figures of the strip, in order (``Report.totals`` keys).</extracomment>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="172"/>
        <source>This year</source>
        <translation>هذا العام</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="173"/>
        <source>Last year</source>
        <translation>العام الماضي</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="692"/>
        <source>Ta&amp;ble</source>
        <extracomment>Exports are written here, beside the database worker (they need no database). Each figure column&apos;s width: what its figures need, and with its text whole.</extracomment>
        <translation>&amp;جدول</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="693"/>
        <source>C&amp;harts</source>
        <translation>&amp;رسوم بيانية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="694"/>
        <source>&amp;Map</source>
        <translation>&amp;خريطة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="752"/>
        <source>The period: an activity counts when it starts in it; an organization is engaged when it took part in, or co-organized, such an activity.</source>
        <translation>الفترة: يُحتسب النشاط إذا بدأ فيها؛ وتُعدّ المنظمة مشارِكة إذا شاركت في نشاط كهذا أو شاركت في تنظيمه.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="757"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="758"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="760"/>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="761"/>
        <source>Any region</source>
        <translation>أي منطقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="762"/>
        <source>Organizations based in this UN M49 region or sub-region (activities held there, in the table by region)</source>
        <translation>المنظمات التي يقع مقرها في هذه المنطقة أو المنطقة الفرعية وفق تصنيف M49 للأمم المتحدة (والأنشطة المعقودة فيها، في الجدول حسب المنطقة)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="766"/>
        <source>Any thematic area</source>
        <translation>أي مجال مواضيعي</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="767"/>
        <source>Organizations working on it, activities on it; a thematic area includes its sub-themes</source>
        <translation>المنظمات العاملة فيه والأنشطة المتعلقة به؛ ويشمل المجال المواضيعي مواضيعه الفرعية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="770"/>
        <source>Any network</source>
        <translation>أي شبكة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="771"/>
        <source>Organizations that belong to this network</source>
        <translation>المنظمات المنتمية إلى هذه الشبكة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="774"/>
        <source>Any office</source>
        <translation>أي مكتب</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="775"/>
        <source>Activities this UNODC office organized</source>
        <translation>الأنشطة التي نظّمها هذا المكتب التابع لمكتب الأمم المتحدة المعني بالمخدرات والجريمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="776"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;إلغاء التصفية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="778"/>
        <source>All time, no filter</source>
        <translation>كل الفترات، دون تصفية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="782"/>
        <source>&amp;Region:</source>
        <translation>المن&amp;طقة:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="783"/>
        <source>&amp;Country:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="784"/>
        <source>&amp;Thematic area:</source>
        <translation>ال&amp;مجال المواضيعي:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="785"/>
        <source>Net&amp;work:</source>
        <translation>ال&amp;شبكة:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="786"/>
        <source>&amp;Office:</source>
        <translation>المك&amp;تب:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="797"/>
        <source>%1: type a date or press F4 for a calendar; empty: no limit.</source>
        <translation>%1: اكتب تاريخًا أو اضغط F4 لعرض التقويم؛ فارغ: بلا حد.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="812"/>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="824"/>
        <source>Any country</source>
        <translation>أي بلد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="817"/>
        <source>Organizations based in this country: type its name in any UN language, or its code; or click it on the map</source>
        <translation>المنظمات التي يقع مقرها في هذا البلد: اكتب اسمه بأي لغة من لغات الأمم المتحدة، أو رمزه؛ أو انقر عليه في الخريطة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="843"/>
        <source>Exchange r&amp;ates…</source>
        <translation>أ&amp;سعار الصرف…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="845"/>
        <source>The US-dollar rates grants are converted with: their date and source, to edit</source>
        <translation>أسعار الصرف بدولار الولايات المتحدة التي تُحوَّل بها المنح: تاريخها ومصدرها، للتعديل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="848"/>
        <source>E&amp;xport</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="850"/>
        <source>Save this report as a PDF, an Excel workbook, a CSV table or JSON</source>
        <translation>حفظ هذا التقرير بصيغة PDF، أو مصنف Excel، أو جدول CSV، أو JSON</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854"/>
        <source>&amp;PDF report (A4)…</source>
        <translation>&amp;تقرير PDF (A4)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854"/>
        <source>&amp;Excel workbook…</source>
        <translation>&amp;مصنف Excel…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855"/>
        <source>&amp;CSV table…</source>
        <translation>&amp;جدول CSV…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855"/>
        <source>&amp;JSON (for other programs)…</source>
        <translation>JSON (لل&amp;برامج الأخرى)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="876"/>
        <source>Open fol&amp;der</source>
        <translation>فت&amp;ح المجلد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="879"/>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="898"/>
        <source>Organizations engaged</source>
        <translation>المنظمات المشارِكة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="899"/>
        <source>Representatives</source>
        <translation>الممثلون</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="900"/>
        <source>Unique people</source>
        <translation>الأشخاص دون تكرار</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="901"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="902"/>
        <source>Member States in joint activities</source>
        <translation>الدول الأعضاء في الأنشطة المشتركة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="903"/>
        <source>From developing countries</source>
        <translation>من البلدان النامية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="904"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="962"/>
        <source>Organizations engaged, by their country</source>
        <translation>المنظمات المشارِكة، حسب بلدها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="965"/>
        <source>Activities, by where they were held</source>
        <translation>الأنشطة، حسب مكان عقدها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="972"/>
        <source>Click a country to report on it alone; click it again for every country.</source>
        <translation>انقر على بلد لعرض التقرير عنه وحده؛ وانقر عليه مرة أخرى لعرض جميع البلدان.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="999"/>
        <source>Custom period</source>
        <translation>فترة مخصصة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1042"/>
        <source>Not a date: the period keeps its last date.</source>
        <translation>ليس تاريخًا: تحتفظ الفترة بآخر تاريخ لها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1063"/>
        <source>No country is called “%1”: every country is counted.</source>
        <translation>لا يوجد بلد باسم «%1»: تُحتسب جميع البلدان.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1186"/>
        <source>The report could not be computed.</source>
        <translation>تعذّر حساب التقرير.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1187"/>
        <source>The report could not be computed: %1</source>
        <translation>تعذّر حساب التقرير: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1190"/>
        <source>The figures below are those of the last report computed.</source>
        <translation>الأرقام أدناه هي أرقام آخر تقرير حُسب.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1205"/>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1207"/>
        <source>Computing…</source>
        <translation>جارٍ الحساب…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1220"/>
        <source>Nothing in this period and these filters: no organization took part in an activity that starts in it. Choose “All time” or clear some filters.</source>
        <translation>لا شيء في هذه الفترة وبعوامل التصفية هذه: لم تشارك أي منظمة في نشاط يبدأ فيها. اختر «كل الفترات» أو ألغِ بعض عوامل التصفية.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1227"/>
        <source>not known (never synced, nothing saved)</source>
        <translation>غير معروف (لم تتم أي مزامنة، ولم يُحفظ شيء)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1228"/>
        <source>Data as of %1</source>
        <translation>البيانات في %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1230"/>
        <source>this computer holds: %1</source>
        <translation>يحتوي هذا الحاسوب على: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1236"/>
        <source>The figures count the records on this computer as they were at the last sync with headquarters (or, never synced, at the last change saved here).</source>
        <translation>تحتسب الأرقام السجلات الموجودة على هذا الحاسوب كما كانت عند آخر مزامنة مع المقر (أو، إن لم تتم مزامنة قط، عند آخر تغيير حُفظ هنا).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1240"/>
        <source>This computer holds the organizations of: %1. The filters above choose among them.</source>
        <translation>يحتوي هذا الحاسوب على منظمات: %1. وتختار عوامل التصفية أعلاه من بينها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1334"/>
        <source>%1 not recorded</source>
        <translation>%1 غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1338"/>
        <source>%1 by name</source>
        <translation>%1 بالاسم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1487"/>
        <source>all time</source>
        <translation>كل الفترات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1488"/>
        <source>Looking Beyond report %1</source>
        <translation>تقرير Looking Beyond %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1495"/>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1496"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>مصنفات Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497"/>
        <source>JSON files (*.json)</source>
        <translation>ملفات JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1498"/>
        <source>Export the report</source>
        <translation>تصدير التقرير</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1534"/>
        <source>The report was saved to %1.</source>
        <translation>حُفظ التقرير في %1.</translation>
    </message>
</context>
<context>
    <name>StepDateDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="83"/>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="106"/>
        <source>Mark as %1</source>
        <extracomment>The date a step&apos;s date cannot precede (domain/validation.py: _grant&apos;s in_order rules).</extracomment>
        <translation>تعيين الحالة: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="88"/>
        <source>On which date was this step taken?</source>
        <translation>في أي تاريخ اتُّخذت هذه الخطوة؟</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="121"/>
        <source>Type a date, or press F4 to pick one from a calendar.</source>
        <translation>اكتب تاريخًا، أو اضغط F4 لاختياره من التقويم.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="123"/>
        <source>The date cannot be in the future.</source>
        <translation>لا يمكن أن يكون التاريخ في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="125"/>
        <source>The date cannot be before the previous step (%1).</source>
        <translation>لا يمكن أن يسبق التاريخ تاريخ الخطوة السابقة (%1).</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="554"/>
        <source>Synchronisation with headquarters</source>
        <translation>المزامنة مع المقر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="568"/>
        <source>Reset and reconcile again…</source>
        <translation>إعادة التعيين والتوفيق من جديد…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="571"/>
        <source>Ask headquarters for everything again and compare it with what is here.</source>
        <translation>طلب جميع البيانات من المقر مجددًا ومقارنتها بما هو موجود هنا.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="606"/>
        <source>Headquarters</source>
        <translation>المقر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="615"/>
        <source>Server:</source>
        <translation>الخادم:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="616"/>
        <source>Last successful sync:</source>
        <translation>آخر مزامنة ناجحة:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="617"/>
        <source>Waiting to be sent:</source>
        <translation>في انتظار الإرسال:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="618"/>
        <source>Conflicts:</source>
        <translation>التعارضات:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="619"/>
        <source>Last problem:</source>
        <translation>آخر مشكلة:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="623"/>
        <source>This application:</source>
        <translation>هذا التطبيق:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="625"/>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="629"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="651"/>
        <source>Sync by file</source>
        <translation>المزامنة عبر ملف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="654"/>
        <source>No connection here? Write a file for headquarters, carry it there (a USB stick, or a colleague who travels), and read the reply headquarters gives you.</source>
        <translation>لا يوجد اتصال هنا؟ اكتب ملفًا للمقر، وأوصله إليه (على ذاكرة USB أو مع زميل مسافر)، ثم اقرأ الرد الذي يعطيك إياه المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="658"/>
        <source>Write a File for Headquarters…</source>
        <translation>كتابة ملف للمقر…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="662"/>
        <source>Put the changes waiting to be sent, and what this computer asks of headquarters, in one sealed file.</source>
        <translation>ضع التغييرات المنتظرة للإرسال، وما يطلبه هذا الحاسوب من المقر، في ملف واحد مختوم.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="665"/>
        <source>Read a Reply from Headquarters…</source>
        <translation>قراءة رد من المقر…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="669"/>
        <source>Read the reply headquarters made for a file from this computer.</source>
        <translation>اقرأ الرد الذي أعدّه المقر على ملف من هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="697"/>
        <source>Log in to headquarters</source>
        <translation>تسجيل الدخول إلى المقر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="700"/>
        <source>Connect this computer once with your headquarters account. The password is not kept: headquarters gives this computer a key that stays in the system keyring.</source>
        <translation>وصِّل هذا الحاسوب مرة واحدة بحسابك لدى المقر. لا تُحفظ كلمة المرور: إذ يمنح المقر هذا الحاسوب مفتاحًا يبقى في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="706"/>
        <source>https://headquarters.example.org</source>
        <translation>https://headquarters.example.org</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="716"/>
        <source>e.g. NAIROBI-LAPTOP-2</source>
        <translation>مثلًا NAIROBI-LAPTOP-2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="718"/>
        <source>Colleagues see your changes in History, Trash and Conflicts under your user name and this computer&apos;s name: choose one they will recognise.</source>
        <translation>يرى زملاؤك تغييراتك في «سجل التغييرات» و«سلة المحذوفات» و«التعارضات» مقرونةً باسم المستخدم الخاص بك واسم هذا الحاسوب: اختر اسمًا يتعرفون عليه.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="720"/>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="725"/>
        <source>Server address:</source>
        <translation>عنوان الخادم:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="726"/>
        <source>User name:</source>
        <translation>اسم المستخدم:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="727"/>
        <source>This &amp;computer&apos;s name:</source>
        <translation>اسم هذا ال&amp;حاسوب:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="728"/>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="739"/>
        <source>Could not sync</source>
        <translation>ما تعذّرت مزامنته</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="748"/>
        <source>Grouped by reason. Open shows the record; Retry sends the change again at the next sync once the reason is dealt with (for example your rights were extended); Discard gives it up and keeps the values on the Conflicts page, where they can be sent again later.</source>
        <translation>مجمَّعة حسب السبب. يعرض «فتح» السجل؛ ويعيد «إعادة المحاولة» إرسال التغيير في المزامنة التالية بعد معالجة السبب (مثلًا بعد توسيع صلاحياتك)؛ ويتخلى «تجاهل» عن التغيير ويحتفظ بالقيم في صفحة «التعارضات»، حيث يمكن إرسالها مجددًا لاحقًا.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="774"/>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="776"/>
        <source>Show the selected record in its page (Enter).</source>
        <translation>عرض السجل المحدد في صفحته (Enter).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="778"/>
        <source>&amp;Discard…</source>
        <translation>&amp;تجاهل…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="781"/>
        <source>Give up the selected changes (Delete). Their values stay on the Conflicts page, where they can be sent again.</source>
        <translation>التخلي عن التغييرات المحددة (Delete). تبقى قيمها في صفحة «التعارضات»، حيث يمكن إرسالها مجددًا.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="784"/>
        <source>&amp;Retry</source>
        <translation>&amp;إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="786"/>
        <source>Send the selected changes again (all of them when none is selected).</source>
        <translation>إعادة إرسال التغييرات المحددة (أو جميعها إن لم يُحدَّد أي منها).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="794"/>
        <source>Records headquarters sent that this version could not store. The rest of the sync went on; a corrected version from headquarters replaces them by itself.</source>
        <translation>سجلات أرسلها المقر ولم يتمكن هذا الإصدار من تخزينها. استمرت بقية المزامنة؛ وستحل محلها تلقائيًا نسخة مصحَّحة من المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800"/>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800"/>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="830"/>
        <source>%1 as %2, from this computer (%3)</source>
        <translation>%1 باسم المستخدم %2، من هذا الحاسوب (%3)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="834"/>
        <source>%1 as %2</source>
        <translation>%1 باسم المستخدم %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="837"/>
        <source>Not connected yet: log in below.</source>
        <translation>غير متصل بعد: سجِّل الدخول أدناه.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="839"/>
        <source>Never</source>
        <translation>لم تتم قط</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="840"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>لا تغييرات</numerusform>
            <numerusform>تغيير واحد</numerusform>
            <numerusform>تغييران</numerusform>
            <numerusform>%n تغييرات</numerusform>
            <numerusform>%n تغييرًا</numerusform>
            <numerusform>%n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="842"/>
        <source>%n to review</source>
        <translation>
            <numerusform>لا شيء للمراجعة</numerusform>
            <numerusform>تعارض واحد للمراجعة</numerusform>
            <numerusform>تعارضان للمراجعة</numerusform>
            <numerusform>%n تعارضات للمراجعة</numerusform>
            <numerusform>%n تعارضًا للمراجعة</numerusform>
            <numerusform>%n تعارض للمراجعة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="869"/>
        <source>Looking Beyond %1</source>
        <translation>Looking Beyond %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="873"/>
        <source>%1 — a newer version, %2, is available.</source>
        <translation>%1 — يتوفر إصدار أحدث: %2.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="878"/>
        <source>Get it from %1</source>
        <translation>احصل عليه من %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="880"/>
        <source>Ask headquarters for it.</source>
        <translation>اطلبه من المقر.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="891"/>
        <source>Headquarters did not accept %n change(s).</source>
        <translation>
            <numerusform>لم يقبل المقر %n تغيير.</numerusform>
            <numerusform>لم يقبل المقر تغييرًا واحدًا.</numerusform>
            <numerusform>لم يقبل المقر تغييرين.</numerusform>
            <numerusform>لم يقبل المقر %n تغييرات.</numerusform>
            <numerusform>لم يقبل المقر %n تغييرًا.</numerusform>
            <numerusform>لم يقبل المقر %n تغيير.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="898"/>
        <source>See “Could not sync” below.</source>
        <translation>انظر «ما تعذّرت مزامنته» أدناه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="900"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1353"/>
        <source>%n record(s) from headquarters could not be stored here.</source>
        <translation>
            <numerusform>تعذّر هنا تخزين %n سجل وارد من المقر.</numerusform>
            <numerusform>تعذّر هنا تخزين سجل واحد وارد من المقر.</numerusform>
            <numerusform>تعذّر هنا تخزين سجلين واردين من المقر.</numerusform>
            <numerusform>تعذّر هنا تخزين %n سجلات واردة من المقر.</numerusform>
            <numerusform>تعذّر هنا تخزين %n سجلًا واردًا من المقر.</numerusform>
            <numerusform>تعذّر هنا تخزين %n سجل وارد من المقر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="902"/>
        <source>No problem</source>
        <translation>لا توجد مشكلة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="939"/>
        <source>an organization</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="940"/>
        <source>a contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="941"/>
        <source>an activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="942"/>
        <source>a participation</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="943"/>
        <source>a grant</source>
        <translation>منحة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="944"/>
        <source>a record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="948"/>
        <source>“%1” is missing</source>
        <translation>«%1» مفقود</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="950"/>
        <source>“%1” is not valid</source>
        <translation>«%1» غير صالح</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="952"/>
        <source>“%1” could not be read</source>
        <translation>تعذّرت قراءة «%1»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="954"/>
        <source>it has a field this version does not know; installing the newest version may help</source>
        <translation>يتضمن حقلًا لا يعرفه هذا الإصدار؛ وقد يفيد تثبيت أحدث إصدار</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="957"/>
        <source>it belongs to a record that never arrived</source>
        <translation>ينتمي إلى سجل لم يصل قط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="959"/>
        <source>this version does not know that kind of record</source>
        <translation>لا يعرف هذا الإصدار هذا النوع من السجلات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="961"/>
        <source>this computer&apos;s database refused it</source>
        <translation>رفضته قاعدة بيانات هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="962"/>
        <source>Headquarters sent %1 this version could not store: %2</source>
        <translation>تعذّر على هذا الإصدار تخزين ما أرسله المقر (%1): %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1050"/>
        <source>Write a File for Headquarters</source>
        <translation>كتابة ملف للمقر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1051"/>
        <source>Sync files (*.lbsync)</source>
        <translation>ملفات المزامنة (*.lbsync)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1070"/>
        <source>Read a Reply from Headquarters</source>
        <translation>قراءة رد من المقر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1071"/>
        <source>Sync files (*.lbsync);;All files (*)</source>
        <translation>ملفات المزامنة (*.lbsync);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1088"/>
        <source>Type the server address, your user name and your password.</source>
        <translation>اكتب عنوان الخادم واسم المستخدم وكلمة المرور.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1092"/>
        <source>Give this computer a name that colleagues will recognise, e.g. NAIROBI-LAPTOP-2.</source>
        <translation>أعطِ هذا الحاسوب اسمًا يتعرف عليه زملاؤك، مثلًا NAIROBI-LAPTOP-2.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1100"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1215"/>
        <source>Connecting to headquarters…</source>
        <translation>جارٍ الاتصال بالمقر…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1107"/>
        <source>This computer is now connected to headquarters.</source>
        <translation>هذا الحاسوب متصل الآن بالمقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1108"/>
        <source>Connected as %1. The first sync starts now.</source>
        <translation>تم الاتصال باسم المستخدم %1. تبدأ المزامنة الأولى الآن.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1120"/>
        <source>Ask headquarters for all the data again and reconcile it with this computer? Your changes not yet sent are kept and sent as usual. This can take a while on a slow connection.</source>
        <translation>هل تريد طلب جميع البيانات من المقر مجددًا والتوفيق بينها وبين ما على هذا الحاسوب؟ يُحتفظ بتغييراتك التي لم تُرسل بعد وتُرسل كالمعتاد. وقد يستغرق ذلك بعض الوقت إذا كان الاتصال بطيئًا.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1123"/>
        <source>Reset and reconcile again</source>
        <translation>إعادة التعيين والتوفيق من جديد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1131"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1377"/>
        <source>Many records would be deleted</source>
        <translation>سيُحذف عدد كبير من السجلات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1132"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1379"/>
        <source>Headquarters&apos; changes would delete %1 of the %2 records on this computer. Nothing has been changed yet.</source>
        <translation>ستؤدي تغييرات المقر إلى حذف %1 من السجلات الموجودة على هذا الحاسوب، وعددها %2. لم يُغيَّر شيء بعد.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1135"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1385"/>
        <source>Apply these deletions? Choose No if this looks wrong, and ask the Civil Society Team.</source>
        <translation>هل تريد تطبيق عمليات الحذف هذه؟ اختر «لا» إذا بدا ذلك خاطئًا، واستشر فريق المجتمع المدني.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1180"/>
        <source>Discard the change to “%1” that headquarters did not accept? The record goes back to headquarters&apos; version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation>هل تريد تجاهل التغيير الذي أُجري على «%1» ولم يقبله المقر؟ سيعود السجل إلى نسخة المقر في المزامنة التالية (أو إلى سلة المحذوفات، إن لم يكن لدى المقر قط). تبقى القيم في صفحة «التعارضات»، حيث يمكن إرسالها مجددًا.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1186"/>
        <source>Discard the changes to %n record(s) that headquarters did not accept? Each record goes back to headquarters&apos; version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation>
            <numerusform>هل تريد تجاهل التغييرات التي أُجريت على %n سجل ولم يقبلها المقر؟ سيعود كل سجل إلى نسخة المقر في المزامنة التالية (أو إلى سلة المحذوفات، إن لم يكن لدى المقر قط). تبقى القيم في صفحة «التعارضات»، حيث يمكن إرسالها مجددًا.</numerusform>
            <numerusform>هل تريد تجاهل التغييرات التي أُجريت على سجل واحد ولم يقبلها المقر؟ سيعود كل سجل إلى نسخة المقر في المزامنة التالية (أو إلى سلة المحذوفات، إن لم يكن لدى المقر قط). تبقى القيم في صفحة «التعارضات»، حيث يمكن إرسالها مجددًا.</numerusform>
            <numerusform>هل تريد تجاهل التغييرات التي أُجريت على سجلين ولم يقبلها المقر؟ سيعود كل سجل إلى نسخة المقر في المزامنة التالية (أو إلى سلة المحذوفات، إن لم يكن لدى المقر قط). تبقى القيم في صفحة «التعارضات»، حيث يمكن إرسالها مجددًا.</numerusform>
            <numerusform>هل تريد تجاهل التغييرات التي أُجريت على %n سجلات ولم يقبلها المقر؟ سيعود كل سجل إلى نسخة المقر في المزامنة التالية (أو إلى سلة المحذوفات، إن لم يكن لدى المقر قط). تبقى القيم في صفحة «التعارضات»، حيث يمكن إرسالها مجددًا.</numerusform>
            <numerusform>هل تريد تجاهل التغييرات التي أُجريت على %n سجلًا ولم يقبلها المقر؟ سيعود كل سجل إلى نسخة المقر في المزامنة التالية (أو إلى سلة المحذوفات، إن لم يكن لدى المقر قط). تبقى القيم في صفحة «التعارضات»، حيث يمكن إرسالها مجددًا.</numerusform>
            <numerusform>هل تريد تجاهل التغييرات التي أُجريت على %n سجل ولم يقبلها المقر؟ سيعود كل سجل إلى نسخة المقر في المزامنة التالية (أو إلى سلة المحذوفات، إن لم يكن لدى المقر قط). تبقى القيم في صفحة «التعارضات»، حيث يمكن إرسالها مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1192"/>
        <source>Discard refused changes</source>
        <translation>تجاهل التغييرات المرفوضة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1222"/>
        <source>Cancelling after the current round trip…</source>
        <translation>جارٍ الإلغاء بعد انتهاء دورة التبادل الحالية…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1228"/>
        <source>Round trip %1, %n record(s) received</source>
        <translation>
            <numerusform>دورة التبادل %1، لم يرد أي سجل</numerusform>
            <numerusform>دورة التبادل %1، ورد سجل واحد</numerusform>
            <numerusform>دورة التبادل %1، ورد سجلان</numerusform>
            <numerusform>دورة التبادل %1، وردت %n سجلات</numerusform>
            <numerusform>دورة التبادل %1، ورد %n سجلًا</numerusform>
            <numerusform>دورة التبادل %1، ورد %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1235"/>
        <source>Sent %n record(s)</source>
        <translation>
            <numerusform>لم يُرسل أي سجل</numerusform>
            <numerusform>أُرسل سجل واحد</numerusform>
            <numerusform>أُرسل سجلان</numerusform>
            <numerusform>أُرسلت %n سجلات</numerusform>
            <numerusform>أُرسل %n سجلًا</numerusform>
            <numerusform>أُرسل %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1236"/>
        <source>received %n record(s)</source>
        <translation>
            <numerusform>لم يرد أي سجل</numerusform>
            <numerusform>ورد سجل واحد</numerusform>
            <numerusform>ورد سجلان</numerusform>
            <numerusform>وردت %n سجلات</numerusform>
            <numerusform>ورد %n سجلًا</numerusform>
            <numerusform>ورد %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1238"/>
        <source>%n new conflict(s) to review</source>
        <translation>
            <numerusform>لا تعارضات جديدة للمراجعة</numerusform>
            <numerusform>تعارض جديد واحد للمراجعة</numerusform>
            <numerusform>تعارضان جديدان للمراجعة</numerusform>
            <numerusform>%n تعارضات جديدة للمراجعة</numerusform>
            <numerusform>%n تعارضًا جديدًا للمراجعة</numerusform>
            <numerusform>%n تعارض جديد للمراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1240"/>
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>لم يُرفض أي تغيير</numerusform>
            <numerusform>رُفض تغيير واحد</numerusform>
            <numerusform>رُفض تغييران</numerusform>
            <numerusform>رُفضت %n تغييرات</numerusform>
            <numerusform>رُفض %n تغييرًا</numerusform>
            <numerusform>رُفض %n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1242"/>
        <source>%n record(s) from headquarters could not be stored here</source>
        <translation>
            <numerusform>تعذّر هنا تخزين %n سجل وارد من المقر</numerusform>
            <numerusform>تعذّر هنا تخزين سجل واحد وارد من المقر</numerusform>
            <numerusform>تعذّر هنا تخزين سجلين واردين من المقر</numerusform>
            <numerusform>تعذّر هنا تخزين %n سجلات واردة من المقر</numerusform>
            <numerusform>تعذّر هنا تخزين %n سجلًا واردًا من المقر</numerusform>
            <numerusform>تعذّر هنا تخزين %n سجل وارد من المقر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1246"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1346"/>
        <source>%n record(s) left this office&apos;s scope and were removed from this computer.</source>
        <translation>
            <numerusform>لم يخرج أي سجل من نطاق هذا المكتب.</numerusform>
            <numerusform>خرج سجل واحد من نطاق هذا المكتب فأُزيل من هذا الحاسوب.</numerusform>
            <numerusform>خرج سجلان من نطاق هذا المكتب فأُزيلا من هذا الحاسوب.</numerusform>
            <numerusform>خرجت %n سجلات من نطاق هذا المكتب فأُزيلت من هذا الحاسوب.</numerusform>
            <numerusform>خرج %n سجلًا من نطاق هذا المكتب فأُزيلت من هذا الحاسوب.</numerusform>
            <numerusform>خرج %n سجل من نطاق هذا المكتب فأُزيلت من هذا الحاسوب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1249"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1349"/>
        <source>Headquarters erased the personal data of %n person(s) at their request: removed from this computer too.</source>
        <translation>
            <numerusform>لم يحذف المقر بيانات أي شخص (%n).</numerusform>
            <numerusform>حذف المقر البيانات الشخصية لشخص واحد بناءً على طلبه: أُزيلت من هذا الحاسوب أيضًا.</numerusform>
            <numerusform>حذف المقر البيانات الشخصية لشخصين بناءً على طلبهما: أُزيلت من هذا الحاسوب أيضًا.</numerusform>
            <numerusform>حذف المقر البيانات الشخصية لـ %n أشخاص بناءً على طلبهم: أُزيلت من هذا الحاسوب أيضًا.</numerusform>
            <numerusform>حذف المقر البيانات الشخصية لـ %n شخصًا بناءً على طلبهم: أُزيلت من هذا الحاسوب أيضًا.</numerusform>
            <numerusform>حذف المقر البيانات الشخصية لـ %n شخص بناءً على طلبهم: أُزيلت من هذا الحاسوب أيضًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1276"/>
        <source>Writing the file for headquarters…</source>
        <translation>جارٍ كتابة الملف للمقر…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1277"/>
        <source>Reading the reply from headquarters…</source>
        <translation>جارٍ قراءة رد المقر…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1289"/>
        <source>The file carries %n changed record(s) made on this computer, and asks headquarters for what changed since this computer last heard from it.</source>
        <translation>
            <numerusform>لا يحمل الملف أي سجل معدَّل على هذا الحاسوب، ويطلب من المقر ما تغيّر منذ آخر تواصل لهذا الحاسوب معه.</numerusform>
            <numerusform>يحمل الملف سجلًا واحدًا معدَّلًا على هذا الحاسوب، ويطلب من المقر ما تغيّر منذ آخر تواصل لهذا الحاسوب معه.</numerusform>
            <numerusform>يحمل الملف سجلين معدَّلين على هذا الحاسوب، ويطلب من المقر ما تغيّر منذ آخر تواصل لهذا الحاسوب معه.</numerusform>
            <numerusform>يحمل الملف %n سجلات معدَّلة على هذا الحاسوب، ويطلب من المقر ما تغيّر منذ آخر تواصل لهذا الحاسوب معه.</numerusform>
            <numerusform>يحمل الملف %n سجلًا معدَّلًا على هذا الحاسوب، ويطلب من المقر ما تغيّر منذ آخر تواصل لهذا الحاسوب معه.</numerusform>
            <numerusform>يحمل الملف %n سجل معدَّل على هذا الحاسوب، ويطلب من المقر ما تغيّر منذ آخر تواصل لهذا الحاسوب معه.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1293"/>
        <source>The file carries no changes (nothing is waiting to be sent); it asks headquarters for what changed since this computer last heard from it.</source>
        <translation>لا يحمل الملف أي تغييرات (لا شيء ينتظر الإرسال)؛ وهو يطلب من المقر ما تغيّر منذ آخر تواصل لهذا الحاسوب معه.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1298"/>
        <source>It also carries %n conflict(s) settled here.</source>
        <translation>
            <numerusform>ولا يحمل أي تعارض سُوّي هنا.</numerusform>
            <numerusform>ويحمل أيضًا تعارضًا واحدًا سُوّي هنا.</numerusform>
            <numerusform>ويحمل أيضًا تعارضين سُوّيا هنا.</numerusform>
            <numerusform>ويحمل أيضًا %n تعارضات سُوّيت هنا.</numerusform>
            <numerusform>ويحمل أيضًا %n تعارضًا سُوّي هنا.</numerusform>
            <numerusform>ويحمل أيضًا %n تعارض سُوّي هنا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1301"/>
        <source>%n further change(s) did not fit: they go in the next file.</source>
        <translation>
            <numerusform>لم يبقَ أي تغيير خارج الملف.</numerusform>
            <numerusform>لم يتسع الملف لتغيير واحد آخر: سيُضاف إلى الملف التالي.</numerusform>
            <numerusform>لم يتسع الملف لتغييرين آخرين: سيُضافان إلى الملف التالي.</numerusform>
            <numerusform>لم يتسع الملف لـ %n تغييرات أخرى: ستُضاف إلى الملف التالي.</numerusform>
            <numerusform>لم يتسع الملف لـ %n تغييرًا آخر: ستُضاف إلى الملف التالي.</numerusform>
            <numerusform>لم يتسع الملف لـ %n تغيير آخر: ستُضاف إلى الملف التالي.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1303"/>
        <source>It is sealed for headquarters: nobody else can read it, and any change to it is detected. The changes stay “not sent” until the reply is read here.</source>
        <translation>الملف مختوم للمقر: لا يستطيع أحد غيره قراءته، ويُكشف أي تغيير فيه. وتبقى التغييرات «غير مُرسلة» إلى أن يُقرأ الرد هنا.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1307"/>
        <source>Written to %1 (%2 KB).</source>
        <translation>كُتب في %1 (%2 كيلوبايت).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1310"/>
        <source>Next: carry it to headquarters. There it is read with “%1” or on headquarters&apos; %2 page. Bring back the reply it gives and choose “Read a Reply from Headquarters…”.</source>
        <translation>الخطوة التالية: أوصله إلى المقر. هناك يُقرأ بالأمر «%1» أو في صفحة %2 لدى المقر. أعِد الرد الذي يصدر عنه واختر «قراءة رد من المقر…».</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1327"/>
        <source>Every change made here has reached headquarters.</source>
        <translation>وصلت كل التغييرات التي أُجريت هنا إلى المقر.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1329"/>
        <source>%n change(s) made here are still waiting to be sent.</source>
        <translation>
            <numerusform>لا توجد تغييرات هنا تنتظر الإرسال.</numerusform>
            <numerusform>ما زال تغيير واحد أُجري هنا ينتظر الإرسال.</numerusform>
            <numerusform>ما زال تغييران أُجريا هنا ينتظران الإرسال.</numerusform>
            <numerusform>ما زالت %n تغييرات أُجريت هنا تنتظر الإرسال.</numerusform>
            <numerusform>ما زال %n تغييرًا أُجري هنا ينتظر الإرسال.</numerusform>
            <numerusform>ما زال %n تغيير أُجري هنا ينتظر الإرسال.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1332"/>
        <source>This reply was read on this computer before; nothing changed.</source>
        <translation>سبق أن قُرئ هذا الرد على هذا الحاسوب؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1334"/>
        <source>Read the reply headquarters made on %1.</source>
        <translation>قُرئ الرد الذي أعدّه المقر في %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1336"/>
        <source>Received %n record(s)</source>
        <translation>
            <numerusform>لم يرد أي سجل</numerusform>
            <numerusform>ورد سجل واحد</numerusform>
            <numerusform>ورد سجلان</numerusform>
            <numerusform>وردت %n سجلات</numerusform>
            <numerusform>ورد %n سجلًا</numerusform>
            <numerusform>ورد %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1338"/>
        <source>%n value(s) corrected by headquarters</source>
        <translation>
            <numerusform>لم يصحّح المقر أي قيمة</numerusform>
            <numerusform>صحّح المقر قيمة واحدة</numerusform>
            <numerusform>صحّح المقر قيمتين</numerusform>
            <numerusform>صحّح المقر %n قيم</numerusform>
            <numerusform>صحّح المقر %n قيمةً</numerusform>
            <numerusform>صحّح المقر %n قيمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1341"/>
        <source>Headquarters refused %n change(s): see “Could not sync” below.</source>
        <translation>
            <numerusform>لم يرفض المقر أي تغيير.</numerusform>
            <numerusform>رفض المقر تغييرًا واحدًا: انظر «ما تعذّرت مزامنته» أدناه.</numerusform>
            <numerusform>رفض المقر تغييرين: انظر «ما تعذّرت مزامنته» أدناه.</numerusform>
            <numerusform>رفض المقر %n تغييرات: انظر «ما تعذّرت مزامنته» أدناه.</numerusform>
            <numerusform>رفض المقر %n تغييرًا: انظر «ما تعذّرت مزامنته» أدناه.</numerusform>
            <numerusform>رفض المقر %n تغيير: انظر «ما تعذّرت مزامنته» أدناه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1344"/>
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>لا تعارضات للمراجعة.</numerusform>
            <numerusform>تعارض واحد للمراجعة.</numerusform>
            <numerusform>تعارضان للمراجعة.</numerusform>
            <numerusform>%n تعارضات للمراجعة.</numerusform>
            <numerusform>%n تعارضًا للمراجعة.</numerusform>
            <numerusform>%n تعارض للمراجعة.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1357"/>
        <source>Headquarters has more for this computer: write a new file and carry it there again.</source>
        <translation>لدى المقر المزيد لهذا الحاسوب: اكتب ملفًا جديدًا وأوصله إليه مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1383"/>
        <source>Headquarters&apos; reply would delete many of the records on this computer. Nothing has been changed yet.</source>
        <translation>سيحذف رد المقر كثيرًا من السجلات على هذا الحاسوب. لم يتغير شيء بعد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1402"/>
        <source>Trying again in %n minute(s).</source>
        <translation>
            <numerusform>إعادة المحاولة بعد %n دقيقة.</numerusform>
            <numerusform>إعادة المحاولة بعد دقيقة واحدة.</numerusform>
            <numerusform>إعادة المحاولة بعد دقيقتين.</numerusform>
            <numerusform>إعادة المحاولة بعد %n دقائق.</numerusform>
            <numerusform>إعادة المحاولة بعد %n دقيقة.</numerusform>
            <numerusform>إعادة المحاولة بعد %n دقيقة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_worker.py" line="301"/>
        <source>This data folder holds demo data, which must never reach headquarters, so it cannot be connected to headquarters or synced. Keep it for trying the application. For real work, start a new data folder: File &gt; New data folder… (or run: lookingbeyond gui --data-dir NEW_FOLDER), then log in there.</source>
        <extracomment>Codes after which the device must log in again (its token is missing or no longer valid).</extracomment>
        <translation>يحتوي مجلد البيانات هذا على بيانات تجريبية يجب ألا تصل إلى المقر أبدًا، ولذلك لا يمكن توصيله بالمقر أو مزامنته. احتفظ به لتجربة التطبيق. وللعمل الفعلي، أنشئ مجلد بيانات جديدًا: ملف &gt; مجلد بيانات جديد… (أو شغِّل الأمر: lookingbeyond gui --data-dir NEW_FOLDER)، ثم سجِّل الدخول فيه.</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43"/>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44"/>
        <source>Deleted</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44"/>
        <source>Deleted by</source>
        <translation>حذفه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="45"/>
        <source>Where</source>
        <translation>الحاسوب</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="51"/>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65"/>
        <source>Organization</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65"/>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66"/>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66"/>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="67"/>
        <source>Grant</source>
        <translation>منحة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="93"/>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="105"/>
        <source>%n deleted record(s). Restoring an organization or an activity also brings back the contacts or participants deleted with it.</source>
        <translation>
            <numerusform>لا توجد سجلات محذوفة. تؤدي استعادة منظمة أو نشاط إلى استعادة جهات الاتصال أو المشاركين المحذوفين معه أيضًا.</numerusform>
            <numerusform>سجل محذوف واحد. تؤدي استعادة منظمة أو نشاط إلى استعادة جهات الاتصال أو المشاركين المحذوفين معه أيضًا.</numerusform>
            <numerusform>سجلان محذوفان. تؤدي استعادة منظمة أو نشاط إلى استعادة جهات الاتصال أو المشاركين المحذوفين معه أيضًا.</numerusform>
            <numerusform>%n سجلات محذوفة. تؤدي استعادة منظمة أو نشاط إلى استعادة جهات الاتصال أو المشاركين المحذوفين معه أيضًا.</numerusform>
            <numerusform>%n سجلًا محذوفًا. تؤدي استعادة منظمة أو نشاط إلى استعادة جهات الاتصال أو المشاركين المحذوفين معه أيضًا.</numerusform>
            <numerusform>%n سجل محذوف. تؤدي استعادة منظمة أو نشاط إلى استعادة جهات الاتصال أو المشاركين المحذوفين معه أيضًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="121"/>
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>استعادة %n سجل</numerusform>
            <numerusform>استعادة سجل واحد</numerusform>
            <numerusform>استعادة سجلين</numerusform>
            <numerusform>استعادة %n سجلات</numerusform>
            <numerusform>استعادة %n سجلًا</numerusform>
            <numerusform>استعادة %n سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="129"/>
        <source>Restore %n record(s)?</source>
        <translation>
            <numerusform>هل تريد استعادة %n سجل؟</numerusform>
            <numerusform>هل تريد استعادة سجل واحد؟</numerusform>
            <numerusform>هل تريد استعادة سجلين؟</numerusform>
            <numerusform>هل تريد استعادة %n سجلات؟</numerusform>
            <numerusform>هل تريد استعادة %n سجلًا؟</numerusform>
            <numerusform>هل تريد استعادة %n سجل؟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorldMapWidget</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="567"/>
        <source>World map</source>
        <extracomment>The open sea of the South Pacific, west of South America, as shares of the frame&apos;s width and height from its lower-left corner: where the legend covers no land. ISO alpha-2 code of the country picked, &quot;&quot; when the pick is cleared.</extracomment>
        <translation>خريطة العالم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="662"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2، %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="663"/>
        <source>%n organization(s) engaged</source>
        <translation>
            <numerusform>لا منظمات مشارِكة</numerusform>
            <numerusform>منظمة مشارِكة واحدة</numerusform>
            <numerusform>منظمتان مشارِكتان</numerusform>
            <numerusform>%n منظمات مشارِكة</numerusform>
            <numerusform>%n منظمة مشارِكة</numerusform>
            <numerusform>%n منظمة مشارِكة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="664"/>
        <source>%n activity(ies) held</source>
        <translation>
            <numerusform>لا أنشطة معقودة</numerusform>
            <numerusform>نشاط واحد معقود</numerusform>
            <numerusform>نشاطان معقودان</numerusform>
            <numerusform>%n أنشطة معقودة</numerusform>
            <numerusform>%n نشاطًا معقودًا</numerusform>
            <numerusform>%n نشاط معقود</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="715"/>
        <source>Activities held</source>
        <translation>الأنشطة المعقودة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="716"/>
        <source>Organizations engaged</source>
        <translation>المنظمات المشارِكة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="829"/>
        <source>Countries coloured by the number of activities held there.</source>
        <translation>البلدان ملوَّنة حسب عدد الأنشطة المعقودة فيها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="831"/>
        <source>Countries coloured by the number of organizations engaged there.</source>
        <translation>البلدان ملوَّنة حسب عدد المنظمات المشارِكة فيها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="833"/>
        <source>Arrow keys go from country to country, Enter filters the report by one, Escape clears the filter.</source>
        <translation>تنتقل مفاتيح الأسهم من بلد إلى آخر، ويصفّي مفتاح Enter التقرير حسب بلد واحد، ويلغي مفتاح Escape التصفية.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="142"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="178"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="183"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="188"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="238"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="263"/>
        <location filename="../../lookingbeyond_desktop/app.py" line="354"/>
        <source>Looking Beyond</source>
        <extracomment>When set, the application prints the seconds from start to the first rows and quits (the startup benchmark reads it). When set to a file name (.png), the application also saves a picture of its window there once the first rows are shown, then quits (installer/test-deb-in-clean-root.sh reads it). The languages of the interface: the code of their translation file → their name in themselves (what the Language menu shows). &quot;&quot; is the system&apos;s language. QSettings key: the language chosen in File &gt; Language (&quot;&quot; or absent: the system&apos;s). Overrides the chosen language (a code of LANGUAGES), e.g. for screenshots. QSettings key: the data folder last opened from File &gt; Open / New data folder, opened again when no folder is named (``--data-dir`` or ``$LOOKINGBEYOND_DATA_DIR``).</extracomment>
        <translation>Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="171"/>
        <source>New data folder: choose or make an empty folder</source>
        <translation>مجلد بيانات جديد: اختر مجلدًا فارغًا أو أنشئه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="172"/>
        <source>Open a data folder</source>
        <translation>فتح مجلد بيانات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="179"/>
        <source>This data folder is already open.</source>
        <translation>مجلد البيانات هذا مفتوح بالفعل.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="183"/>
        <source>%1 already holds Looking Beyond data. Open it as it is?</source>
        <translation>يحتوي %1 بالفعل على بيانات Looking Beyond. هل تريد فتحه كما هو؟</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="188"/>
        <source>There is no Looking Beyond data in %1. Start a new data folder there?</source>
        <translation>لا توجد بيانات Looking Beyond في %1. هل تريد إنشاء مجلد بيانات جديد هناك؟</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="208"/>
        <source>Encrypting the data on this computer…</source>
        <translation>جارٍ تشفير البيانات على هذا الحاسوب…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="301"/>
        <source>Backed up the data (%1 MB).</source>
        <translation>نُسخت البيانات احتياطيًا (%1 ميغابايت).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="306"/>
        <source>The automatic backup failed: %1</source>
        <translation>فشل النسخ الاحتياطي التلقائي: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="347"/>
        <source>Headquarters asked for this computer&apos;s copy of the registry to be erased. Everything it had not sent was received first. The data, its backups and logs, and the sign-in on this computer are now erased.</source>
        <translation>طلب المقر محو نسخة السجل على هذا الحاسوب. استُلم أولًا كل ما لم يكن قد أُرسل. وقد مُحيت الآن البيانات ونسخها الاحتياطية وسجلاتها وتسجيل الدخول على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="352"/>
        <source>Headquarters could not be told yet; the data is erased all the same.</source>
        <translation>تعذّر إبلاغ المقر حتى الآن؛ ومع ذلك مُحيت البيانات.</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="generated_strings.py" line="202"/>
        <source>A record no longer on this computer</source>
        <translation>سجل لم يعد موجودًا على هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="203"/>
        <source>Deleted or not</source>
        <translation>حالة الحذف</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="204"/>
        <source>whole record</source>
        <translation>السجل بأكمله</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="205"/>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="206"/>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="207"/>
        <source>Present</source>
        <translation>موجود</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="208"/>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="209"/>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="210"/>
        <source>changed in two places</source>
        <translation>عُدِّل في مكانين</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="211"/>
        <source>edited here, deleted elsewhere</source>
        <translation>عُدِّل هنا وحُذف في مكان آخر</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="212"/>
        <source>deleted here, edited elsewhere</source>
        <translation>حُذف هنا وعُدِّل في مكان آخر</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="213"/>
        <source>refused by headquarters, discarded</source>
        <translation>رفضه المقر، وتم تجاهله</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="214"/>
        <source>From %1, %2</source>
        <translation>من %1، %2</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="47"/>
        <source>same or similar name</source>
        <extracomment>The translation context of the reasons. Why two records look like one organization: code → English text (translate in CONTEXT).</extracomment>
        <translation>الاسم نفسه أو اسم مشابه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="48"/>
        <source>name in another script</source>
        <translation>الاسم بأبجدية أخرى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="49"/>
        <source>same acronym</source>
        <translation>المختصر نفسه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="50"/>
        <source>same website domain</source>
        <translation>نطاق الموقع الشبكي نفسه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="51"/>
        <source>same e-mail domain</source>
        <translation>نطاق البريد الإلكتروني نفسه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="52"/>
        <source>same phone</source>
        <translation>رقم الهاتف نفسه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="53"/>
        <source>same registration number</source>
        <translation>رقم التسجيل نفسه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="54"/>
        <source>same city</source>
        <translation>المدينة نفسها</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="103"/>
        <location filename="generated_strings.py" line="260"/>
        <source>Details are in the log: %1</source>
        <extracomment>The tables MainWindow.open_record can show. Records shown through the record they belong to: a participation in its activity, a person at their organization (table, column holding the owner&apos;s id, owner&apos;s table). Failures whose message says what went wrong and what to do (ui/errors.human_message): a person is not sent to the log for them.</extracomment>
        <translation>التفاصيل في سجل الأحداث: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="253"/>
        <source>Something went wrong that the application did not expect. Your saved work is safe.</source>
        <translation>حدث خطأ غير متوقع في التطبيق. العمل الذي حفظته في أمان.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="254"/>
        <source>The disk is full, so this was not saved. Free some space on the disk, then try again: nothing already saved was lost.</source>
        <translation>القرص ممتلئ، لذا لم يُحفظ هذا. أفرغ بعض المساحة على القرص، ثم أعد المحاولة: لم يُفقد أي شيء سبق حفظه.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="255"/>
        <source>The database is busy with another program. Close it and try again.</source>
        <translation>قاعدة البيانات مشغولة ببرنامج آخر. أغلقه وأعد المحاولة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="256"/>
        <source>Looking Beyond</source>
        <translation>Looking Beyond</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="257"/>
        <source>The record was not saved: %1</source>
        <translation>لم يُحفظ السجل: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="258"/>
        <source>Nothing was saved: %1</source>
        <translation>لم يُحفظ شيء: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="259"/>
        <source>The disk could not be used: %1</source>
        <translation>تعذّر استخدام القرص: %1</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="88"/>
        <location filename="generated_strings.py" line="174"/>
        <source>Record identifier</source>
        <translation>معرِّف السجل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="89"/>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="92"/>
        <location filename="generated_strings.py" line="175"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="90"/>
        <location filename="generated_strings.py" line="182"/>
        <source>Co-organizers</source>
        <translation>الجهات المشارِكة في التنظيم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="91"/>
        <location filename="generated_strings.py" line="187"/>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="93"/>
        <location filename="generated_strings.py" line="188"/>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="94"/>
        <location filename="generated_strings.py" line="189"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="95"/>
        <location filename="generated_strings.py" line="190"/>
        <source>Representatives</source>
        <translation>الممثلون</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="96"/>
        <location filename="generated_strings.py" line="191"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="97"/>
        <location filename="generated_strings.py" line="192"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="98"/>
        <location filename="generated_strings.py" line="156"/>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="151"/>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="152"/>
        <source>Position</source>
        <translation>المنصب</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="153"/>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="154"/>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="155"/>
        <source>Consent given on</source>
        <translation>تاريخ إعطاء الموافقة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="157"/>
        <source>Id</source>
        <translation>المعرِّف</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="158"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="159"/>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="160"/>
        <source>Acronym</source>
        <translation>المختصر</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="161"/>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="162"/>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="163"/>
        <source>Cities</source>
        <translation>المدن</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="164"/>
        <source>Thematic areas</source>
        <translation>المجالات المواضيعية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="165"/>
        <source>Networks</source>
        <translation>الشبكات</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="166"/>
        <source>Regional lead organization</source>
        <translation>منظمة رائدة إقليمية (RLO)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="167"/>
        <source>RLO region</source>
        <translation>منطقة الريادة (RLO)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="168"/>
        <source>ECOSOC status</source>
        <translation>المركز لدى المجلس الاقتصادي والاجتماعي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="169"/>
        <source>Website</source>
        <translation>الموقع الشبكي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="170"/>
        <source>Address</source>
        <translation>العنوان البريدي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="171"/>
        <source>Verified on</source>
        <translation>تاريخ التحقق</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="172"/>
        <source>At risk</source>
        <translation>معرّضة للخطر</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="173"/>
        <source>Merged into</source>
        <translation>المنظمة التي دُمجت فيها</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="176"/>
        <source>Erased on</source>
        <translation>حُذف في</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="177"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="178"/>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="179"/>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="180"/>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="181"/>
        <source>Organizing office</source>
        <translation>المكتب المنظِّم</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="183"/>
        <source>Member States involved</source>
        <translation>الدول الأعضاء المعنية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="184"/>
        <source>Intergovernmental meeting</source>
        <translation>الاجتماع الحكومي الدولي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="185"/>
        <source>Outcomes</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="186"/>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="193"/>
        <source>Amount</source>
        <translation>المبلغ</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="194"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="195"/>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="196"/>
        <source>Follows the meeting</source>
        <translation>متابعةً للاجتماع</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="197"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="198"/>
        <source>Approved on</source>
        <translation>تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="199"/>
        <source>Disbursed on</source>
        <translation>تاريخ الصرف</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="200"/>
        <source>Report received on</source>
        <translation>تاريخ استلام التقرير</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="201"/>
        <source>Activities paid for</source>
        <translation>الأنشطة المموَّلة</translation>
    </message>
</context>
<context>
    <name>leave</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="27"/>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="29"/>
        <source>Save your changes to “%1”?</source>
        <translation>هل تريد حفظ تغييراتك على «%1»؟</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="31"/>
        <source>Save this new record?</source>
        <translation>هل تريد حفظ هذا السجل الجديد؟</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="32"/>
        <source>If you discard them, your changes are lost.</source>
        <translation>إذا تجاهلتها، ستضيع تغييراتك.</translation>
    </message>
</context>
<context>
    <name>maintenance</name>
    <message>
        <location filename="generated_strings.py" line="316"/>
        <source>Looking Beyond</source>
        <translation>Looking Beyond</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="317"/>
        <source>The data file of Looking Beyond is damaged, so the application cannot trust what it reads from it.</source>
        <translation>ملف بيانات Looking Beyond تالف، لذا لا يمكن للتطبيق الوثوق بما يقرؤه منه.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="318"/>
        <source>Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="319"/>
        <source>Restore the backup</source>
        <translation>استعادة النسخة الاحتياطية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="320"/>
        <source>The automatic backup failed; see the log.</source>
        <translation>فشل النسخ الاحتياطي التلقائي؛ انظر سجل الأحداث.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="321"/>
        <source>An automatic backup from %1 is available. Restoring it brings back the data as it was then; the next sync fetches from headquarters what this computer had synced since. Edits made after the backup and not yet synced cannot be recovered. The damaged file is kept in the data folder, not deleted.</source>
        <translation>تتوفر نسخة احتياطية تلقائية بتاريخ %1. تؤدي استعادتها إلى إرجاع البيانات إلى ما كانت عليه حينئذ؛ وستجلب المزامنة التالية من المقر ما كان هذا الحاسوب قد زامنه منذ ذلك الحين. ولا يمكن استرداد التعديلات التي أُجريت بعد النسخة الاحتياطية ولم تُزامَن بعد. ويُحتفظ بالملف التالف في مجلد البيانات ولا يُحذف.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="322"/>
        <source>There is no usable backup in %1. Ask the Civil Society Team for help; the damaged file is left as it is.</source>
        <translation>لا توجد نسخة احتياطية صالحة للاستخدام في %1. اطلب المساعدة من فريق المجتمع المدني؛ وسيُترك الملف التالف على حاله.</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="generated_strings.py" line="267"/>
        <source>this computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="268"/>
        <source>another computer</source>
        <translation>حاسوب آخر</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="269"/>
        <source>Computer id: %1</source>
        <translation>معرِّف الحاسوب: %1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="270"/>
        <source>%1 on %2</source>
        <translation>%1 على %2</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <location filename="generated_strings.py" line="41"/>
        <source>Africa</source>
        <translation>أفريقيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="42"/>
        <source>Northern Africa</source>
        <translation>شمال أفريقيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="43"/>
        <source>Sub-Saharan Africa</source>
        <translation>أفريقيا جنوب الصحراء الكبرى</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="44"/>
        <source>Eastern Africa</source>
        <translation>شرق أفريقيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="45"/>
        <source>Middle Africa</source>
        <translation>وسط أفريقيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="46"/>
        <source>Southern Africa</source>
        <translation>الجنوب الأفريقي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="47"/>
        <source>Western Africa</source>
        <translation>غرب أفريقيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="48"/>
        <source>Americas</source>
        <translation>الأمريكتان</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="49"/>
        <source>Latin America and the Caribbean</source>
        <translation>أمريكا اللاتينية ومنطقة البحر الكاريبي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="50"/>
        <source>Caribbean</source>
        <translation>منطقة البحر الكاريبي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="51"/>
        <source>Central America</source>
        <translation>أمريكا الوسطى</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="52"/>
        <source>South America</source>
        <translation>أمريكا الجنوبية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="53"/>
        <source>Northern America</source>
        <translation>أمريكا الشمالية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="54"/>
        <source>Asia</source>
        <translation>آسيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="55"/>
        <source>Central Asia</source>
        <translation>آسيا الوسطى</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="56"/>
        <source>Eastern Asia</source>
        <translation>شرق آسيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="57"/>
        <source>South-eastern Asia</source>
        <translation>جنوب شرق آسيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="58"/>
        <source>Southern Asia</source>
        <translation>جنوب آسيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="59"/>
        <source>Western Asia</source>
        <translation>غرب آسيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="60"/>
        <source>Europe</source>
        <translation>أوروبا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="61"/>
        <source>Eastern Europe</source>
        <translation>أوروبا الشرقية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="62"/>
        <source>Northern Europe</source>
        <translation>أوروبا الشمالية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="63"/>
        <source>Channel Islands</source>
        <translation>جزر القنال</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="64"/>
        <source>Southern Europe</source>
        <translation>أوروبا الجنوبية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="65"/>
        <source>Western Europe</source>
        <translation>أوروبا الغربية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="66"/>
        <source>Oceania</source>
        <translation>أوقيانوسيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="67"/>
        <source>Australia and New Zealand</source>
        <translation>أستراليا ونيوزيلندا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="68"/>
        <source>Melanesia</source>
        <translation>ميلانيزيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="69"/>
        <source>Micronesia</source>
        <translation>ميكرونيزيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="70"/>
        <source>Polynesia</source>
        <translation>بولينيزيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="71"/>
        <source>Drugs and health</source>
        <translation>المخدرات والصحة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="72"/>
        <source>Drug use prevention</source>
        <translation>الوقاية من تعاطي المخدرات</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="73"/>
        <source>Drug dependence treatment and care</source>
        <translation>علاج الارتهان للمخدرات والرعاية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="74"/>
        <source>Rehabilitation and reintegration of people who use drugs</source>
        <translation>إعادة تأهيل متعاطي المخدرات وإعادة إدماجهم</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="75"/>
        <source>HIV/AIDS prevention and care</source>
        <translation>الوقاية من فيروس نقص المناعة البشرية/الأيدز والرعاية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="76"/>
        <source>Sustainable livelihoods and alternative development</source>
        <translation>سبل العيش المستدامة والتنمية البديلة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="77"/>
        <source>Countering illicit drug trafficking</source>
        <translation>مكافحة الاتجار غير المشروع بالمخدرات</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="78"/>
        <source>Anti-corruption</source>
        <translation>مكافحة الفساد</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="79"/>
        <source>Ratification and implementation of UNCAC</source>
        <translation>التصديق على اتفاقية الأمم المتحدة لمكافحة الفساد وتنفيذها</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="80"/>
        <source>UNCAC Review Mechanism</source>
        <translation>آلية استعراض تنفيذ اتفاقية الأمم المتحدة لمكافحة الفساد</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="81"/>
        <source>Prevention of corruption, integrity and transparency</source>
        <translation>منع الفساد والنزاهة والشفافية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="82"/>
        <source>Judicial integrity and access to justice</source>
        <translation>نزاهة القضاء وإمكانية الوصول إلى العدالة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="83"/>
        <source>Private sector integrity</source>
        <translation>النزاهة في القطاع الخاص</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="84"/>
        <source>Asset recovery</source>
        <translation>استرداد الموجودات</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="85"/>
        <source>Crime prevention and criminal justice</source>
        <translation>منع الجريمة والعدالة الجنائية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="86"/>
        <source>Trafficking in persons</source>
        <translation>الاتجار بالأشخاص</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="87"/>
        <source>Smuggling of migrants</source>
        <translation>تهريب المهاجرين</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="88"/>
        <source>Transnational organized crime</source>
        <translation>الجريمة المنظمة عبر الوطنية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="89"/>
        <source>Terrorism prevention</source>
        <translation>منع الإرهاب</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="90"/>
        <source>Small arms and firearms control</source>
        <translation>مراقبة الأسلحة الصغيرة والأسلحة النارية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="91"/>
        <source>Environmental crime</source>
        <translation>الجرائم البيئية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="92"/>
        <source>Crime prevention, including among youth</source>
        <translation>منع الجريمة، بما في ذلك في أوساط الشباب</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="93"/>
        <source>Criminal justice and prison reform</source>
        <translation>العدالة الجنائية وإصلاح السجون</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="94"/>
        <source>Victim and witness protection</source>
        <translation>حماية الضحايا والشهود</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="95"/>
        <source>Juvenile justice</source>
        <translation>قضاء الأحداث</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="96"/>
        <source>Vienna NGO Committee on Drugs</source>
        <translation>لجنة فيينا للمنظمات غير الحكومية المعنية بالمخدرات</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="97"/>
        <source>Alliance of NGOs on Crime Prevention and Criminal Justice</source>
        <translation>تحالف المنظمات غير الحكومية المعني بمنع الجريمة والعدالة الجنائية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="98"/>
        <source>UNCAC Coalition</source>
        <translation>تحالف اتفاقية الأمم المتحدة لمكافحة الفساد</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="99"/>
        <source>Transparency International national chapter</source>
        <translation>فرع وطني لمنظمة الشفافية الدولية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="100"/>
        <source>UNODC Headquarters</source>
        <translation>مقر مكتب الأمم المتحدة المعني بالمخدرات والجريمة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="101"/>
        <source>New York Liaison Office</source>
        <translation>مكتب الاتصال في نيويورك</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="102"/>
        <source>Brussels Liaison Office</source>
        <translation>مكتب الاتصال في بروكسل</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="103"/>
        <source>Regional Office for Eastern Africa</source>
        <translation>المكتب الإقليمي لشرق أفريقيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="104"/>
        <source>Regional Office for Southern Africa</source>
        <translation>المكتب الإقليمي للجنوب الأفريقي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="105"/>
        <source>Regional Office for West and Central Africa</source>
        <translation>المكتب الإقليمي لغرب ووسط أفريقيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="106"/>
        <source>Regional Office for the Middle East and North Africa</source>
        <translation>المكتب الإقليمي للشرق الأوسط وشمال أفريقيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="107"/>
        <source>Regional Office for South Asia</source>
        <translation>المكتب الإقليمي لجنوب آسيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="108"/>
        <source>Regional Centre for East Asia and the Pacific</source>
        <translation>المركز الإقليمي لشرق آسيا والمحيط الهادئ</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="109"/>
        <source>Regional Office for Central Asia</source>
        <translation>المكتب الإقليمي لآسيا الوسطى</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="110"/>
        <source>Regional Office for the Russian Federation and Belarus</source>
        <translation>المكتب الإقليمي للاتحاد الروسي وبيلاروس</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="111"/>
        <source>Regional Office for South-Eastern Europe</source>
        <translation>المكتب الإقليمي لجنوب شرق أوروبا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="112"/>
        <source>Regional Office for Brazil and the Southern Cone</source>
        <translation>المكتب الإقليمي للبرازيل والمخروط الجنوبي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="113"/>
        <source>Regional Office for Mexico and Central America</source>
        <translation>المكتب الإقليمي للمكسيك وأمريكا الوسطى</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="114"/>
        <source>Regional Office for Central America and the Caribbean</source>
        <translation>المكتب الإقليمي لأمريكا الوسطى ومنطقة البحر الكاريبي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="115"/>
        <source>Country Office in Afghanistan</source>
        <translation>المكتب القطري في أفغانستان</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="116"/>
        <source>Country Office in Pakistan</source>
        <translation>المكتب القطري في باكستان</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="117"/>
        <source>Country Office in the Islamic Republic of Iran</source>
        <translation>المكتب القطري في جمهورية إيران الإسلامية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="118"/>
        <source>Country Office in Colombia</source>
        <translation>المكتب القطري في كولومبيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="119"/>
        <source>Country Office in Peru</source>
        <translation>المكتب القطري في بيرو</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="120"/>
        <source>Country Office in Bolivia</source>
        <translation>المكتب القطري في بوليفيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="121"/>
        <source>Country Office in Nigeria</source>
        <translation>المكتب القطري في نيجيريا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="122"/>
        <source>Country Office in Guinea-Bissau</source>
        <translation>المكتب القطري في غينيا - بيساو</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="123"/>
        <source>Country Office in Myanmar</source>
        <translation>المكتب القطري في ميانمار</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="124"/>
        <source>Country Office in the Lao People&apos;s Democratic Republic</source>
        <translation>المكتب القطري في جمهورية لاو الديمقراطية الشعبية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="125"/>
        <source>Country Office in Viet Nam</source>
        <translation>المكتب القطري في فييت نام</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="126"/>
        <source>Country Office in Indonesia</source>
        <translation>المكتب القطري في إندونيسيا</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="127"/>
        <source>Commission on Narcotic Drugs, fifty-second session</source>
        <translation>لجنة المخدرات، الدورة الثانية والخمسون</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="128"/>
        <source>CND 52</source>
        <translation>لجنة المخدرات 52</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="129"/>
        <source>Commission on Crime Prevention and Criminal Justice, eighteenth session</source>
        <translation>لجنة منع الجريمة والعدالة الجنائية، الدورة الثامنة عشرة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="130"/>
        <source>CCPCJ 18</source>
        <translation>لجنة منع الجريمة 18</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="131"/>
        <source>Conference of the States Parties to the United Nations Convention against Corruption, third session</source>
        <translation>مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد، الدورة الثالثة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="132"/>
        <source>CoSP 3</source>
        <translation>مؤتمر الدول الأطراف 3</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="133"/>
        <source>Commission on Narcotic Drugs, fifty-third session</source>
        <translation>لجنة المخدرات، الدورة الثالثة والخمسون</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="134"/>
        <source>CND 53</source>
        <translation>لجنة المخدرات 53</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="135"/>
        <source>Twelfth United Nations Congress on Crime Prevention and Criminal Justice</source>
        <translation>مؤتمر الأمم المتحدة الثاني عشر لمنع الجريمة والعدالة الجنائية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="136"/>
        <source>12th Crime Congress</source>
        <translation>مؤتمر الجريمة الثاني عشر</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="137"/>
        <source>Commission on Crime Prevention and Criminal Justice, nineteenth session</source>
        <translation>لجنة منع الجريمة والعدالة الجنائية، الدورة التاسعة عشرة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="138"/>
        <source>CCPCJ 19</source>
        <translation>لجنة منع الجريمة 19</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="139"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, first session</source>
        <translation>فريق استعراض تنفيذ اتفاقية الأمم المتحدة لمكافحة الفساد، الدورة الأولى</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="140"/>
        <source>IRG 1</source>
        <translation>فريق استعراض التنفيذ 1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="141"/>
        <source>Commission on Narcotic Drugs, fifty-fourth session</source>
        <translation>لجنة المخدرات، الدورة الرابعة والخمسون</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="142"/>
        <source>CND 54</source>
        <translation>لجنة المخدرات 54</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="143"/>
        <source>Commission on Crime Prevention and Criminal Justice, twentieth session</source>
        <translation>لجنة منع الجريمة والعدالة الجنائية، الدورة العشرون</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="144"/>
        <source>CCPCJ 20</source>
        <translation>لجنة منع الجريمة 20</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="145"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, second session</source>
        <translation>فريق استعراض تنفيذ اتفاقية الأمم المتحدة لمكافحة الفساد، الدورة الثانية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="146"/>
        <source>IRG 2</source>
        <translation>فريق استعراض التنفيذ 2</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="147"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, resumed second session</source>
        <translation>فريق استعراض تنفيذ اتفاقية الأمم المتحدة لمكافحة الفساد، الدورة الثانية المستأنفة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="148"/>
        <source>IRG 2 (resumed)</source>
        <translation>فريق استعراض التنفيذ 2 (المستأنفة)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="149"/>
        <source>Conference of the States Parties to the United Nations Convention against Corruption, fourth session</source>
        <translation>مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد، الدورة الرابعة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="150"/>
        <source>CoSP 4</source>
        <translation>مؤتمر الدول الأطراف 4</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="61"/>
        <source>Organizations and representatives by meeting</source>
        <translation>المنظمات والممثلون حسب الاجتماع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="62"/>
        <source>Organizations engaged by region</source>
        <translation>المنظمات المشارِكة حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="63"/>
        <source>The countries with the most organizations engaged</source>
        <translation>البلدان التي تضم أكبر عدد من المنظمات المشارِكة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="64"/>
        <source>Organizations engaged by thematic area</source>
        <translation>المنظمات المشارِكة حسب المجال المواضيعي</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="65"/>
        <source>Grants by status, in US dollars</source>
        <translation>المنح حسب الحالة، بدولارات الولايات المتحدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="66"/>
        <source>Rates as of %1.</source>
        <translation>الأسعار في %1.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="67"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="207"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="919"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="942"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="984"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="106"/>
        <source>Organizations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="68"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="884"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1007"/>
        <source>Representatives</source>
        <extracomment>Pages of memory the temporary tables may use (negative: KiB), the connection&apos;s own setting restored afterwards. SQLite&apos;s default, 2 MiB, makes them spill to a file. A further condition on the activities (``a``) when only some matter (a drill into one meeting&apos;s figures): first engagements are then not looked for. Every column of every section (and every headline count): (section, column) → Measure. Headline figures are under the section &quot;totals&quot;, in the row &quot;&quot;. :func:`drill` lists the records of one row; :func:`compute` counts them all at once (a few figures through quicker queries that give the same numbers: see ``_Fast``). The engagements in scope (org, act, reps) of a few organizations, ``chosen`` (a CTE of their ``k`` and ``id``: the candidates among the most engaged): read through the participations&apos; index by organization instead of over every participation; the same rows as ``rep_pall`` and ``rep_coorg`` hold for them. How many bits of the meetings and offices are counted at once (see ``_Fast``). How many organizations the section of the most engaged ones lists.</extracomment>
        <translation>الممثلون</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="69"/>
        <source>US dollars</source>
        <translation>دولارات الولايات المتحدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="70"/>
        <source>%1 — nothing to show</source>
        <translation>%1 — لا شيء للعرض</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="71"/>
        <source>Amounts in %1 are left out: no exchange rate.</source>
        <translation>استُبعدت المبالغ المقوَّمة بـ %1: لا يوجد سعر صرف.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="72"/>
        <source>Amounts in a currency without an exchange rate are left out.</source>
        <translation>تُستبعد المبالغ المقوَّمة بعملة ليس لها سعر صرف.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="72"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <extracomment>Fill of the classes, lightest first: ColorBrewer &quot;Blues&quot; (9 classes) 3, 4, 5, 7 and 9; distinct on screen and in print, and readable by people with colour-vision deficiency. Fill of a country with no figure. The United Nations&apos; standard disclaimer for maps.</extracomment>
        <translation>الحدود والأسماء المبيَّنة والتسميات المستخدمة في هذه الخريطة لا تعني إقرارًا أو قبولًا رسميًا من جانب الأمم المتحدة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="485"/>
        <source>None</source>
        <extracomment>Radius of the dot marking a country too small for the map&apos;s scale, in points. The disclaimer&apos;s type size, in points. The most lines the disclaimer wraps onto, and the most of the map&apos;s height it may take, before it is written on one line, elided, its full text in the map&apos;s tooltip. The smallest type of the legend, in points: below it a small map drops the legend.</extracomment>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="60"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="104"/>
        <source>Organizations engaged</source>
        <extracomment>The headline figures, in the order they are shown: key → English label.</extracomment>
        <translation>المنظمات المشارِكة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="61"/>
        <source>Representatives (counted at every event)</source>
        <translation>الممثلون (يُحتسبون في كل حدث)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="62"/>
        <source>People (a named contact counted once)</source>
        <translation>الأشخاص (تُحتسب جهة الاتصال المسمّاة مرة واحدة)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="63"/>
        <source>Named contacts</source>
        <translation>جهات الاتصال المسمّاة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="64"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="893"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="922"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="945"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="972"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="982"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1004"/>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="65"/>
        <source>Member States in joint activities</source>
        <translation>الدول الأعضاء في الأنشطة المشتركة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="66"/>
        <source>Organizations from developing countries</source>
        <translation>منظمات من البلدان النامية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="69"/>
        <source>Women among representatives (where recorded)</source>
        <translation>النساء بين الممثلين (حيثما سُجِّل الجنس)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="70"/>
        <source>Representatives whose sex is not recorded</source>
        <translation>الممثلون الذين لم يُسجَّل جنسهم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="73"/>
        <source>Joint government–CSO activities</source>
        <translation>الأنشطة المشتركة بين الحكومات ومنظمات المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="74"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="136"/>
        <source>Regional lead organizations (RLOs)</source>
        <translation>المنظمات الرائدة الإقليمية (RLO)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="75"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1096"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1138"/>
        <source>Grants</source>
        <translation>المنح</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="76"/>
        <source>Grants in US dollars</source>
        <translation>المنح بدولارات الولايات المتحدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="81"/>
        <source>Organizations that took part in, or co-organized, an activity starting in the period.</source>
        <extracomment>What each headline figure means (a tooltip; docs/reports.md says the same).</extracomment>
        <translation>المنظمات التي شاركت في نشاط يبدأ في الفترة، أو شاركت في تنظيمه.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="84"/>
        <source>Representatives of the organizations at the activities in scope, added up over the activities: a person at two events counts twice.</source>
        <translation>ممثلو المنظمات في الأنشطة المشمولة، مجموعين على جميع الأنشطة: الشخص الذي حضر حدثين يُحتسب مرتين.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="88"/>
        <source>Representatives with each named contact counted once however many events they attended; representatives recorded without a name count once per event.</source>
        <translation>الممثلون، مع احتساب كل جهة اتصال مسمّاة مرة واحدة مهما بلغ عدد الأحداث التي حضرتها؛ ويُحتسب الممثلون المسجَّلون دون اسم مرة واحدة في كل حدث.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="92"/>
        <source>Contacts named as participants of the activities in scope, each counted once.</source>
        <translation>جهات الاتصال المسمّاة مشاركين في الأنشطة المشمولة، وتُحتسب كل منها مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="95"/>
        <source>Activities in scope: starting in the period (and matching the filters).</source>
        <translation>الأنشطة المشمولة: التي تبدأ في الفترة (والمطابقة لعوامل التصفية).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="98"/>
        <source>Member States named in the joint government–CSO activities in scope, each counted once.</source>
        <translation>الدول الأعضاء المذكورة في الأنشطة المشتركة المشمولة بين الحكومات ومنظمات المجتمع المدني، وتُحتسب كل منها مرة واحدة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="101"/>
        <source>Share of the organizations engaged that are based in a developing country (UN M49 classification).</source>
        <translation>نسبة المنظمات المشارِكة التي يقع مقرها في بلد نامٍ (وفق تصنيف M49 للأمم المتحدة).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="105"/>
        <source>Women among the representatives whose sex was recorded.</source>
        <translation>نسبة النساء بين الممثلين الذين سُجِّل جنسهم.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="108"/>
        <source>Share of the representatives whose sex was not recorded.</source>
        <translation>نسبة الممثلين الذين لم يُسجَّل جنسهم.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="111"/>
        <source>Activities of the type “joint government–CSO activity” in scope.</source>
        <translation>الأنشطة المشمولة من نوع «نشاط مشترك بين الحكومة ومنظمات المجتمع المدني».</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="114"/>
        <source>Organizations designated regional lead organizations, whatever the period (a designation, not an event).</source>
        <translation>المنظمات المعيَّنة منظماتٍ رائدة إقليمية، أيًّا كانت الفترة (فهذا تعيين وليس حدثًا).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="118"/>
        <source>Seed-funding grants to the organizations covered, approved in the period (grants not yet approved count only without a period).</source>
        <translation>منح التمويل الأولي المقدَّمة إلى المنظمات المشمولة والمعتمدة في الفترة (لا تُحتسب المنح غير المعتمدة بعد إلا عند عدم تحديد فترة).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="122"/>
        <source>The grants&apos; amounts converted to US dollars with the rate table shown; none when a currency has no rate.</source>
        <translation>مبالغ المنح محوَّلة إلى دولارات الولايات المتحدة وفق جدول الأسعار المبيَّن؛ ولا قيمة إذا لم يكن لإحدى العملات سعر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="130"/>
        <source>Intergovernmental meetings</source>
        <extracomment>Section titles (English source strings).</extracomment>
        <translation>الاجتماعات الحكومية الدولية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="131"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="913"/>
        <source>Organizations engaged for the first time</source>
        <translation>المنظمات المشارِكة للمرة الأولى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="132"/>
        <source>Organizations and activities by region</source>
        <translation>المنظمات والأنشطة حسب المنطقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="133"/>
        <source>Organizations and activities by thematic area</source>
        <translation>المنظمات والأنشطة حسب المجال المواضيعي</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="134"/>
        <source>Joint government–CSO activities by Member State</source>
        <translation>الأنشطة المشتركة بين الحكومات ومنظمات المجتمع المدني حسب الدولة العضو</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="137"/>
        <source>Activities by UNODC office</source>
        <translation>الأنشطة حسب المكتب المنظِّم التابع لمكتب الأمم المتحدة المعني بالمخدرات والجريمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="138"/>
        <source>The most engaged organizations</source>
        <translation>المنظمات الأكثر مشاركة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="139"/>
        <source>Seed funding by status</source>
        <translation>التمويل الأولي حسب الحالة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="140"/>
        <source>Seed funding by meeting followed</source>
        <translation>التمويل الأولي حسب الاجتماع المتابَع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="141"/>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="187"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="471"/>
        <source>Data quality</source>
        <translation>جودة البيانات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="145"/>
        <source>A meeting&apos;s figures include every activity linked to it: the participation in the meeting itself and its side events. Organizations took part or co-organized; representatives are added up over the activities; women and men as recorded; “not recorded”: representatives whose sex was not recorded.</source>
        <translation>تشمل أرقام الاجتماع كل نشاط مرتبط به: المشاركة في الاجتماع نفسه وفي أحداثه الجانبية. المنظمات: التي شاركت أو شاركت في التنظيم؛ الممثلون: مجموعون على جميع الأنشطة؛ النساء والرجال: حسب المسجَّل؛ «غير مسجَّل»: الممثلون الذين لم يُسجَّل جنسهم.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="151"/>
        <source>Organizations engaged in the period whose first engagement ever (in any activity this computer holds) was in that year.</source>
        <translation>المنظمات المشارِكة في الفترة التي كانت أول مشاركة لها على الإطلاق (في أي نشاط موجود على هذا الحاسوب) في تلك السنة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="155"/>
        <source>Organizations engaged, by the country they are based in; activities in scope, by the country where they were held (UN M49 regions and sub-regions).</source>
        <translation>المنظمات المشارِكة حسب البلد الذي يقع فيه مقرها؛ والأنشطة المشمولة حسب البلد الذي عُقدت فيه (المناطق والمناطق الفرعية وفق تصنيف M49 للأمم المتحدة).</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="159"/>
        <source>Organizations engaged that work on the theme (their thematic areas); activities in scope on the theme.  An area includes its sub-themes.</source>
        <translation>المنظمات المشارِكة العاملة في الموضوع (مجالاتها المواضيعية)؛ والأنشطة المشمولة المتعلقة بالموضوع. ويشمل المجال مواضيعه الفرعية.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="163"/>
        <source>Joint government–CSO activities in scope, by Member State involved.</source>
        <translation>الأنشطة المشتركة المشمولة بين الحكومات ومنظمات المجتمع المدني، حسب الدولة العضو المعنية.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="166"/>
        <source>Regional lead organizations by the region they lead, and the activities in scope they took part in or co-organized.</source>
        <translation>المنظمات الرائدة الإقليمية حسب المنطقة التي تتولى الريادة فيها، والأنشطة المشمولة التي شاركت فيها أو في تنظيمها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="170"/>
        <source>Activities in scope by the UNODC office that organized them, and the organizations engaged in them.</source>
        <translation>الأنشطة المشمولة حسب المكتب التابع لمكتب الأمم المتحدة المعني بالمخدرات والجريمة الذي نظّمها، والمنظمات المشارِكة فيها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="174"/>
        <source>The 20 organizations engaged in the most activities in scope (taking part or co-organizing); ties go to the one with more representatives, then by name.</source>
        <translation>المنظمات العشرون الأكثر مشاركة في الأنشطة المشمولة (مشاركةً أو تنظيمًا مشتركًا)؛ وعند التساوي تتقدم المنظمة ذات العدد الأكبر من الممثلين، ثم حسب الاسم.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="177"/>
        <source>Grants by status, amounts in the currency of each grant and in US dollars at the rates shown.</source>
        <translation>المنح حسب الحالة، والمبالغ بعملة كل منحة وبدولارات الولايات المتحدة وفق الأسعار المبيَّنة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="181"/>
        <source>Grants by the intergovernmental meeting they follow, and the follow-up activities they paid for.</source>
        <translation>المنح حسب الاجتماع الحكومي الدولي الذي تأتي متابعةً له، وأنشطة المتابعة التي موَّلتها.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="185"/>
        <source>Gaps in the records behind this report: organizations engaged whose record was not verified in the last year, activities in scope with no participation recorded, participations with no count by sex.</source>
        <translation>الثغرات في السجلات التي يستند إليها هذا التقرير: المنظمات المشارِكة التي لم يُتحقَّق من سجلها في السنة الماضية، والأنشطة المشمولة التي لم تُسجَّل لها أي مشاركة، والمشاركات التي لا يوجد لها عدد حسب الجنس.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="193"/>
        <source>Organizations not verified for over a year (or never)</source>
        <translation>منظمات لم يُتحقَّق منها منذ أكثر من سنة (أو قط)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="196"/>
        <source>Organizations never verified</source>
        <translation>منظمات لم يُتحقَّق منها قط</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="197"/>
        <source>Activities without any participation recorded</source>
        <translation>أنشطة لم تُسجَّل لها أي مشاركة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="200"/>
        <source>Participations with no count by sex</source>
        <translation>مشاركات لا يوجد لها عدد حسب الجنس</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="204"/>
        <source>Not linked to a meeting</source>
        <translation>غير مرتبط باجتماع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="208"/>
        <source>Organizations engaged (took part or co-organized)</source>
        <translation>المنظمات المشارِكة (شاركت أو شاركت في التنظيم)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="885"/>
        <source>Representatives at the meeting and its side events, added up over the events</source>
        <translation>الممثلون في الاجتماع وأحداثه الجانبية، مجموعون على جميع الأحداث</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="887"/>
        <source>Women</source>
        <translation>النساء</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="888"/>
        <source>Women among them, as recorded</source>
        <translation>النساء من بينهم، حسب المسجَّل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="889"/>
        <source>Men</source>
        <translation>الرجال</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="890"/>
        <source>Men among them, as recorded</source>
        <translation>الرجال من بينهم، حسب المسجَّل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="891"/>
        <source>Not recorded</source>
        <translation>غير مسجَّل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="892"/>
        <source>Representatives whose sex was not recorded</source>
        <translation>الممثلون الذين لم يُسجَّل جنسهم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="894"/>
        <source>The participation in the meeting and its side events</source>
        <translation>المشاركة في الاجتماع وأحداثه الجانبية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="920"/>
        <source>Organizations engaged, based in the region</source>
        <translation>المنظمات المشارِكة التي يقع مقرها في المنطقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="923"/>
        <source>Activities in scope held in the region</source>
        <translation>الأنشطة المشمولة المعقودة في المنطقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="943"/>
        <source>Organizations engaged that work on the theme</source>
        <translation>المنظمات المشارِكة العاملة في الموضوع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="946"/>
        <source>Activities in scope on the theme</source>
        <translation>الأنشطة المشمولة المتعلقة بالموضوع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="961"/>
        <source>Joint activities</source>
        <translation>الأنشطة المشتركة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="962"/>
        <source>Joint government–CSO activities in scope involving the Member State</source>
        <translation>الأنشطة المشتركة المشمولة بين الحكومات ومنظمات المجتمع المدني التي تشارك فيها الدولة العضو</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="969"/>
        <source>RLOs</source>
        <translation>منظمات RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="970"/>
        <source>Regional lead organizations of the region</source>
        <translation>المنظمات الرائدة الإقليمية في المنطقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="973"/>
        <source>Activities in scope they took part in or co-organized</source>
        <translation>الأنشطة المشمولة التي شاركت فيها أو في تنظيمها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="983"/>
        <source>Activities in scope the office organized</source>
        <translation>الأنشطة المشمولة التي نظّمها المكتب</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="985"/>
        <source>Organizations engaged in them</source>
        <translation>المنظمات المشارِكة فيها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1002"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="653"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="86"/>
        <source>Country</source>
        <extracomment>How many countries the table under the map lists. The page: A4, its margins (left, top, right, bottom) in millimetres; the footer sits in the bottom margin. The space between two charts, in points.</extracomment>
        <translation>البلد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1003"/>
        <source>The country the organization is based in</source>
        <translation>البلد الذي يقع فيه مقر المنظمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1005"/>
        <source>Activities in scope it took part in or co-organized</source>
        <translation>الأنشطة المشمولة التي شاركت فيها أو في تنظيمها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1008"/>
        <source>Its representatives at those activities, added up over the activities</source>
        <translation>ممثلوها في تلك الأنشطة، مجموعون على جميع الأنشطة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1021"/>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1098"/>
        <source>Amounts of the grants made in this currency</source>
        <translation>مبالغ المنح المقدَّمة بهذه العملة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1100"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1141"/>
        <source>In US dollars</source>
        <translation>بدولارات الولايات المتحدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1101"/>
        <source>All the grants&apos; amounts converted to US dollars at the rates shown</source>
        <translation>جميع مبالغ المنح محوَّلة إلى دولارات الولايات المتحدة وفق الأسعار المبيَّنة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1139"/>
        <source>Follow-up activities</source>
        <translation>أنشطة المتابعة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1140"/>
        <source>Activities the grants paid for</source>
        <translation>الأنشطة التي موَّلتها المنح</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1188"/>
        <source>All regions</source>
        <translation>جميع المناطق</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1189"/>
        <source>No organizations on this computer yet</source>
        <translation>لا توجد منظمات على هذا الحاسوب بعد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1190"/>
        <source>demo data</source>
        <translation>بيانات تجريبية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1309"/>
        <source>Name withheld: organization at risk</source>
        <extracomment>The activities that can stand behind a figure of a section (or of one column of it): a drill into it looks at those only. The label of a contact of an at-risk organization in a drill-down (a source string of the ``report`` context: the window translates it).</extracomment>
        <translation>الاسم محجوب: منظمة معرّضة للخطر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1311"/>
        <source>Erased person</source>
        <extracomment>The label of a person whose data headquarters erased (still counted where they took part).</extracomment>
        <translation>شخص محذوف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="184"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="468"/>
        <source>Policy debate</source>
        <extracomment>The translation context of every report string.</extracomment>
        <translation>النقاش بشأن السياسات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="185"/>
        <source>Regional and thematic partnership</source>
        <translation>الشراكة الإقليمية والمواضيعية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="186"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="470"/>
        <source>Seed funding</source>
        <translation>التمويل الأولي</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="87"/>
        <source>Civil society organizations in UNODC&apos;s work: the indicators of the Looking Beyond project</source>
        <translation>منظمات المجتمع المدني في عمل مكتب الأمم المتحدة المعني بالمخدرات والجريمة: مؤشرات مشروع Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="89"/>
        <source>What this report covers</source>
        <translation>نطاق هذا التقرير</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="90"/>
        <source>This computer holds</source>
        <translation>يحتوي هذا الحاسوب على</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="91"/>
        <source>Nothing was counted: no activity in scope starts in this period, or no organization matches these filters.</source>
        <translation>لم يُحتسب شيء: لا يبدأ أي نشاط مشمول في هذه الفترة، أو لا تطابق أي منظمة عوامل التصفية هذه.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="93"/>
        <source>How the figures are counted</source>
        <translation>طريقة احتساب الأرقام</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="94"/>
        <source>An organization is engaged in a period when it took part in, or co-organized, an activity that starts in the period. A meeting&apos;s figures include every activity linked to that meeting: the participation in the meeting itself and its side events. People are counted once however many events they attended. The share of women is taken over the participations whose counts by sex are recorded. Amounts in US dollars use the rates stated above. Deleted records never count.</source>
        <translation>تُعدّ المنظمة مشارِكة في فترة ما إذا شاركت في نشاط يبدأ في تلك الفترة أو شاركت في تنظيمه. وتشمل أرقام الاجتماع كل نشاط مرتبط بذلك الاجتماع: المشاركة في الاجتماع نفسه وفي أحداثه الجانبية. ويُحتسب الأشخاص مرة واحدة مهما بلغ عدد الأحداث التي حضروها. وتُحسب نسبة النساء على أساس المشاركات التي سُجِّل فيها العدد حسب الجنس. وتستند المبالغ بدولارات الولايات المتحدة إلى الأسعار المذكورة أعلاه. ولا تُحتسب السجلات المحذوفة أبدًا.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="102"/>
        <source>Charts</source>
        <translation>الرسوم البيانية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="103"/>
        <source>Organizations engaged by country</source>
        <translation>المنظمات المشارِكة حسب البلد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="105"/>
        <source>Countries with the most organizations engaged</source>
        <translation>البلدان التي تضم أكبر عدد من المنظمات المشارِكة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="107"/>
        <source>Activities held there</source>
        <translation>الأنشطة المعقودة فيها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="108"/>
        <source>The figures in full</source>
        <translation>الأرقام كاملة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="109"/>
        <source>%1 (continued)</source>
        <translation>%1 (تابع)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="110"/>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="111"/>
        <source>Looking Beyond report · data as of %1</source>
        <translation>تقرير Looking Beyond · البيانات في %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="112"/>
        <source>Looking Beyond report</source>
        <translation>تقرير Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="74"/>
        <source>Looking Beyond: report on civil society engagement</source>
        <extracomment>The headline figures, in the order the exports and the PDF&apos;s first page show them (the titles are those of :data:`indicators.TOTALS`, the window&apos;s too).</extracomment>
        <translation>Looking Beyond: تقرير عن مشاركة المجتمع المدني</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="75"/>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="76"/>
        <source>Filters</source>
        <translation>عوامل التصفية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="77"/>
        <source>All the data, no filter</source>
        <translation>جميع البيانات، دون تصفية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="78"/>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="79"/>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="80"/>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="81"/>
        <source>all dates</source>
        <translation>جميع التواريخ</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="82"/>
        <source>from %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="83"/>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="84"/>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="85"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="201"/>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="87"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="203"/>
        <source>Thematic area</source>
        <translation>المجال المواضيعي</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="88"/>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="89"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="205"/>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="90"/>
        <source>Data as of</source>
        <translation>تاريخ البيانات</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="91"/>
        <source>not known (never synced, nothing saved)</source>
        <translation>غير معروف (لم تتم أي مزامنة، ولم يُحفظ شيء)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="92"/>
        <source>Generated at</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="93"/>
        <source>Scope</source>
        <translation>النطاق</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="94"/>
        <source>US dollar rates</source>
        <translation>أسعار الصرف بدولار الولايات المتحدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="95"/>
        <source>as of %1. %2</source>
        <translation>في %1. %2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="96"/>
        <source>Headline figures</source>
        <translation>الأرقام الرئيسية</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="97"/>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="98"/>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="99"/>
        <source>n/a</source>
        <translation>غير متاح</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="100"/>
        <source>Nothing to show.</source>
        <translation>لا شيء للعرض.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="101"/>
        <source>Group</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="102"/>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="103"/>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="104"/>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="105"/>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="106"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="107"/>
        <source>Totals</source>
        <translation>المجاميع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="200"/>
        <source>Meeting</source>
        <translation>الاجتماع</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="202"/>
        <source>Member State</source>
        <translation>الدولة العضو</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="204"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="206"/>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="207"/>
        <source>Measure</source>
        <translation>المقياس</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="208"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="209"/>
        <source>Organization</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="399"/>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="400"/>
        <source>count</source>
        <translation>عدد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="401"/>
        <source>share (0 to 1)</source>
        <translation>نسبة (من 0 إلى 1)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="469"/>
        <source>Partnership</source>
        <translation>الشراكة</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="286"/>
        <source>“%1” names a record that was deleted at headquarters meanwhile.</source>
        <translation>يشير «%1» إلى سجل حُذف في المقر في الأثناء.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="288"/>
        <source>This organization was merged into another one on one computer and brought back from the Trash on another at the same time: look at both records before trying again.</source>
        <translation>دُمجت هذه المنظمة في منظمة أخرى على حاسوب واستُعيدت من سلة المحذوفات على حاسوب آخر في الوقت نفسه: راجِع السجلّين قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="292"/>
        <source>“%1” is empty, and headquarters requires it.</source>
        <translation>الحقل «%1» فارغ، والمقر يشترط ملأه.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="293"/>
        <source>“%1” is longer than headquarters accepts.</source>
        <translation>نص الحقل «%1» أطول مما يقبله المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="294"/>
        <source>“%1” has more entries than headquarters accepts.</source>
        <translation>عدد العناصر في الحقل «%1» يتجاوز ما يقبله المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="295"/>
        <source>“%1” is not a currency headquarters knows.</source>
        <translation>قيمة الحقل «%1» ليست عملة يعرفها المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="296"/>
        <source>“%1” holds a choice headquarters does not know.</source>
        <translation>الحقل «%1» يتضمن خيارًا لا يعرفه المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="297"/>
        <source>“%1” is not an e-mail address headquarters accepts.</source>
        <translation>قيمة الحقل «%1» ليست عنوان بريد إلكتروني يقبله المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="298"/>
        <source>“%1” is not a web address headquarters accepts.</source>
        <translation>قيمة الحقل «%1» ليست عنوان موقع شبكي يقبله المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="299"/>
        <source>“%1” is a date in the future.</source>
        <translation>الحقل «%1» يتضمن تاريخًا في المستقبل.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="300"/>
        <source>“%1” is earlier than the date it must follow.</source>
        <translation>التاريخ في الحقل «%1» يسبق التاريخ الذي يجب أن يليه.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="301"/>
        <source>“%1” is below zero.</source>
        <translation>قيمة الحقل «%1» أقل من الصفر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="302"/>
        <source>“%1” is larger than headquarters accepts.</source>
        <translation>قيمة الحقل «%1» أكبر مما يقبله المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="303"/>
        <source>“%1” is fewer than the women and men counted.</source>
        <translation>قيمة الحقل «%1» أقل من مجموع النساء والرجال المحتسبين.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="304"/>
        <source>“%1” must be more than zero.</source>
        <translation>يجب أن تكون قيمة الحقل «%1» أكبر من الصفر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="305"/>
        <source>“%1” has more decimal places than headquarters accepts.</source>
        <translation>عدد المنازل العشرية في الحقل «%1» يتجاوز ما يقبله المقر.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="306"/>
        <source>“%1” skips a step: a grant moves one step at a time.</source>
        <translation>قيمة الحقل «%1» تتخطى مرحلة: تنتقل المنحة مرحلة واحدة في كل مرة.</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="307"/>
        <location filename="generated_strings.py" line="359"/>
        <source>The record is too large to send: shorten its longest texts (notes, outcomes).</source>
        <translation>حجم السجل أكبر من أن يُرسل: اختصر أطول نصوصه (الملاحظات، والنتائج).</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="330"/>
        <source>Nothing was read from it and nothing was changed here.</source>
        <translation>لم يُقرأ منه شيء ولم يتغير شيء هنا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="331"/>
        <source>Unable to connect to headquarters, or the connection dropped. Nothing was lost; it will be tried again.</source>
        <translation>تعذّر الاتصال بالمقر، أو انقطع الاتصال. لم يُفقد شيء؛ وستُعاد المحاولة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="332"/>
        <source>Headquarters stopped answering in the middle of the sync. Nothing was lost; it will be tried again.</source>
        <translation>توقف المقر عن الرد في أثناء المزامنة. لم يُفقد شيء؛ وستُعاد المحاولة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="333"/>
        <source>The name of the headquarters server could not be found. Check the address and the connection.</source>
        <translation>تعذّر العثور على اسم خادم المقر. تحقق من العنوان ومن الاتصال.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="334"/>
        <source>The reply from headquarters was damaged on the way or could not be read. Nothing was applied and nothing was lost; it will be tried again.</source>
        <translation>تلف رد المقر في أثناء نقله أو تعذّرت قراءته. لم يُطبَّق شيء ولم يُفقد شيء؛ وستُعاد المحاولة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="335"/>
        <source>Headquarters is busy. Nothing was lost; it will be tried again.</source>
        <translation>المقر مشغول. لم يُفقد شيء؛ وستُعاد المحاولة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="336"/>
        <source>Headquarters is busy signing other people in. Nothing was lost; try again in a few seconds.</source>
        <translation>المقر منشغل بتسجيل دخول مستخدمين آخرين. لم يُفقد شيء؛ أعد المحاولة بعد بضع ثوانٍ.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="337"/>
        <source>This account already has as many computers as headquarters allows. Ask the Civil Society Team to revoke one you no longer use, then log in again.</source>
        <translation>بلغ عدد الحواسيب المرتبطة بهذا الحساب الحد الأقصى الذي يسمح به المقر. اطلب من فريق المجتمع المدني إلغاء حاسوب لم تعد تستخدمه، ثم سجِّل الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="338"/>
        <source>The connection to headquarters was too slow, so headquarters stopped waiting. Nothing was lost; it will be tried again.</source>
        <translation>كان الاتصال بالمقر بطيئًا جدًا، فتوقف المقر عن الانتظار. لم يُفقد شيء؛ وستُعاد المحاولة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="339"/>
        <source>The sync needed more round trips than allowed. Nothing was lost; it will be tried again.</source>
        <translation>احتاجت المزامنة إلى دورات تبادل أكثر من المسموح به. لم يُفقد شيء؛ وستُعاد المحاولة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="340"/>
        <source>Something unexpected went wrong during the sync (the details are in the log). Nothing was lost; it will be tried again.</source>
        <translation>حدث خطأ غير متوقع في أثناء المزامنة (التفاصيل في سجل الأحداث). لم يُفقد شيء؛ وستُعاد المحاولة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="341"/>
        <source>Sync cancelled. Changes sent so far are kept.</source>
        <translation>أُلغيت المزامنة. يُحتفظ بالتغييرات التي أُرسلت حتى الآن.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="342"/>
        <source>This computer is not connected to headquarters yet: log in below.</source>
        <translation>هذا الحاسوب غير متصل بالمقر بعد: سجِّل الدخول أدناه.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="343"/>
        <source>Headquarters no longer accepts this computer&apos;s key: log in again.</source>
        <translation>لم يعد المقر يقبل مفتاح هذا الحاسوب: سجِّل الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="344"/>
        <source>This computer has not synced with headquarters for a long time, so its key has expired: log in again. Nothing here is lost.</source>
        <translation>لم يُزامَن هذا الحاسوب مع المقر منذ مدة طويلة، فانتهت صلاحية مفتاحه: سجِّل الدخول مجددًا. لم يُفقد شيء هنا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="345"/>
        <source>Headquarters has withdrawn this computer&apos;s access. Ask the Civil Society Team, then log in again.</source>
        <translation>سحب المقر إذن وصول هذا الحاسوب. استشر فريق المجتمع المدني، ثم سجِّل الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="346"/>
        <source>This version of the application is too old for headquarters: install the new version, then sync.</source>
        <translation>هذا الإصدار من التطبيق أقدم من أن يقبله المقر: ثبِّت الإصدار الجديد، ثم أجرِ المزامنة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="347"/>
        <source>No system keyring is available to keep this computer&apos;s key safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again. The key is never written to a plain file.</source>
        <translation>لا تتوفر سلسلة مفاتيح للنظام لحفظ مفتاح هذا الحاسوب بأمان. في نظام Linux، ثبِّت GNOME Keyring أو KWallet وافتح قفلها، ثم سجِّل الدخول مجددًا. لا يُكتب المفتاح أبدًا في ملف عادي.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="348"/>
        <source>The server address is not usable: it should look like https://headquarters.example.org</source>
        <translation>عنوان الخادم غير صالح للاستخدام: يجب أن يكون على غرار https://headquarters.example.org</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="349"/>
        <source>Headquarters&apos; changes would delete many records here, so nothing was changed. Confirm to apply them.</source>
        <translation>كانت تغييرات المقر ستحذف سجلات كثيرة هنا، لذا لم يُغيَّر شيء. أكِّد لتطبيقها.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="350"/>
        <source>The disk is full, so this part of the sync was not saved (nothing was lost). Free some space; the sync is tried again by itself.</source>
        <translation>القرص ممتلئ، لذا لم يُحفظ هذا الجزء من المزامنة (لم يُفقد شيء). أفرغ بعض المساحة؛ وستُعاد محاولة المزامنة تلقائيًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="351"/>
        <source>This computer does not have headquarters&apos; keys for sync by file yet. Connect it to headquarters once (Sync now, or log in again); from then on it can sync by file.</source>
        <translation>لا يملك هذا الحاسوب بعدُ مفاتيح المقر للمزامنة عبر ملف. صِله بالمقر مرة واحدة (مزامنة الآن، أو سجِّل الدخول مجددًا)؛ بعدها يمكنه المزامنة عبر ملف.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="352"/>
        <source>Headquarters&apos; reply would delete many records here, so nothing was changed.</source>
        <translation>سيحذف رد المقر كثيرًا من السجلات هنا، لذا لم يتغير شيء.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="353"/>
        <source>This computer is not connected to headquarters yet: log in first (once, with a connection); then it can sync by file.</source>
        <translation>هذا الحاسوب غير متصل بالمقر بعد: سجِّل الدخول أولًا (مرة واحدة، مع وجود اتصال)؛ بعدها يمكنه المزامنة عبر ملف.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="354"/>
        <source>No system keyring is available to keep this computer&apos;s keys safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again.</source>
        <translation>لا تتوفر حلقة مفاتيح للنظام لحفظ مفاتيح هذا الحاسوب بأمان. على لينكس ثبّت GNOME Keyring أو KWallet وافتح قفلها، ثم سجِّل الدخول مجددًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="355"/>
        <source>The system keyring, where this computer&apos;s keys are kept, could not be read. Unlock it (or log in to the computer again), then try again.</source>
        <translation>تعذّرت قراءة حلقة مفاتيح النظام التي تُحفظ فيها مفاتيح هذا الحاسوب. افتح قفلها (أو سجِّل الدخول إلى الحاسوب مجددًا)، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="356"/>
        <source>This computer&apos;s disk is full, so the reply could not be saved (nothing was lost). Free some space, then read the reply again.</source>
        <translation>قرص هذا الحاسوب ممتلئ، لذا تعذّر حفظ الرد (لم يُفقد شيء). أفرغ بعض المساحة، ثم اقرأ الرد مجددًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="357"/>
        <source>Record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="358"/>
        <source>Headquarters does not allow your account to change this region&apos;s records.</source>
        <translation>لا يسمح المقر لحسابك بتغيير سجلات هذه المنطقة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="360"/>
        <source>Headquarters does not have this record in full: Retry sends it whole.</source>
        <translation>ليس لدى المقر هذا السجل كاملًا: ستؤدي «إعادة المحاولة» إلى إرساله بأكمله.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="361"/>
        <source>Headquarters could not send this record: it may be outside your office&apos;s countries now.</source>
        <translation>تعذّر على المقر إرسال هذا السجل: ربما أصبح الآن خارج بلدان مكتبك.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="362"/>
        <source>This version and headquarters do not agree on this kind of record: install the newest version.</source>
        <translation>لا يتفق هذا الإصدار والمقر على هذا النوع من السجلات: ثبِّت أحدث إصدار.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="363"/>
        <source>This version and headquarters do not agree on a field: install the newest version.</source>
        <translation>لا يتفق هذا الإصدار والمقر على أحد الحقول: ثبِّت أحدث إصدار.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="364"/>
        <source>Headquarters could not read this change: install the newest version.</source>
        <translation>تعذّر على المقر قراءة هذا التغيير: ثبِّت أحدث إصدار.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="365"/>
        <source>Headquarters erased this person&apos;s details at their request; your change to them was not kept.</source>
        <translation>حذف المقر بيانات هذا الشخص بناءً على طلبه؛ لم يُحتفظ بتعديلك.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="366"/>
        <source>Headquarters did not accept this change.</source>
        <translation>لم يقبل المقر هذا التغيير.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="367"/>
        <source>Copy the reply again from headquarters.</source>
        <translation>انسخ رد المقر مرة أخرى.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="368"/>
        <source>There are too many changes for one file. Nothing was lost; ask the Civil Society Team for help.</source>
        <translation>التغييرات أكثر مما يتسع له ملف واحد. لم يُفقد شيء؛ اطلب المساعدة من فريق المجتمع المدني.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="369"/>
        <source>Give it to the computer it belongs to.</source>
        <translation>أعطِه للحاسوب الذي يخصه.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="370"/>
        <source>Write a new file and carry it to headquarters.</source>
        <translation>اكتب ملفًا جديدًا وأوصله إلى المقر.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="371"/>
        <source>Something unexpected went wrong while writing the file (the details are in the log). Nothing was lost.</source>
        <translation>حدث خطأ غير متوقع أثناء كتابة الملف (التفاصيل في السجل). لم يُفقد شيء.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="372"/>
        <source>Something unexpected went wrong while reading the reply (the details are in the log). Nothing was lost.</source>
        <translation>حدث خطأ غير متوقع أثناء قراءة الرد (التفاصيل في السجل). لم يُفقد شيء.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="373"/>
        <source>The file could not be written. Nothing was lost.</source>
        <translation>تعذّرت كتابة الملف. لم يُفقد شيء.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="374"/>
        <source>The reply could not be read. Nothing was changed here.</source>
        <translation>تعذّرت قراءة الرد. لم يتغير شيء هنا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="375"/>
        <source>A record it refers to is not at headquarters yet.</source>
        <translation>أحد السجلات التي يشير إليها غير موجود لدى المقر بعد.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="376"/>
        <source>Headquarters does not accept this record as it is.</source>
        <translation>لا يقبل المقر هذا السجل بصيغته الحالية.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="377"/>
        <source>Headquarters refused the request (HTTP %1). Check the server address; if it is right, ask the Civil Society Team.</source>
        <translation>رفض المقر الطلب (HTTP %1). تحقق من عنوان الخادم؛ وإن كان صحيحًا، فاستشر فريق المجتمع المدني.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="378"/>
        <source>The file could not be written there (%1). Nothing was lost: the changes are still waiting to be sent. Check that the USB stick or disk is plugged in and has free space, or choose another place, and write the file again.</source>
        <translation>تعذّرت كتابة الملف هناك (%1). لم يُفقد شيء: ما زالت التغييرات تنتظر الإرسال. تحقّق من أن ذاكرة USB أو القرص موصول وفيه مساحة فارغة، أو اختر مكانًا آخر، ثم اكتب الملف مجددًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="379"/>
        <source>The file could not be read (%1). Check that the USB stick or disk is plugged in, then try again. Nothing was changed here.</source>
        <translation>تعذّرت قراءة الملف (%1). تحقّق من أن ذاكرة USB أو القرص موصول، ثم حاول مرة أخرى. لم يتغير شيء هنا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="380"/>
        <source>This is not a sync file of Looking Beyond.</source>
        <translation>هذا ليس ملف مزامنة من Looking Beyond.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="381"/>
        <source>This file was made by a newer version of Looking Beyond: install the newest version to read it.</source>
        <translation>أُنشئ هذا الملف بإصدار أحدث من Looking Beyond: ثبّت أحدث إصدار لقراءته.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="382"/>
        <source>This reply was made by another headquarters, not the one this computer is connected to.</source>
        <translation>أعدّ هذا الردَّ مقرٌّ آخر غير المقر الذي يتصل به هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="383"/>
        <source>This reply was changed after headquarters made it, or was not made by the headquarters this computer is connected to.</source>
        <translation>عُدّل هذا الرد بعد أن أعدّه المقر، أو لم يُعدّه المقر الذي يتصل به هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="384"/>
        <source>This file was written on a computer for headquarters, not a reply from headquarters. Take it to headquarters; a computer reads only the replies headquarters makes.</source>
        <translation>كُتب هذا الملف على حاسوب ليُرسل إلى المقر، وليس ردًّا من المقر. أوصله إلى المقر؛ فالحاسوب لا يقرأ إلا الردود التي يعدّها المقر.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="385"/>
        <source>Headquarters does not know this computer.</source>
        <translation>لا يعرف المقر هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="386"/>
        <source>Organization</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="387"/>
        <source>Contact</source>
        <translation>جهة اتصال</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="388"/>
        <source>Activity</source>
        <translation>نشاط</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="389"/>
        <source>Participation</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="390"/>
        <source>Grant</source>
        <translation>منحة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="391"/>
        <source>(a record no longer on this computer)</source>
        <translation>(سجل لم يعد موجودًا على هذا الحاسوب)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="392"/>
        <source>Headquarters, or a proxy on the way, had a problem (HTTP %1). Nothing was lost; it will be tried again.</source>
        <translation>واجه المقر، أو خادم وكيل في الطريق إليه، مشكلة (HTTP %1). لم يُفقد شيء؛ وستُعاد المحاولة.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="393"/>
        <source>This file is larger than any reply headquarters makes.</source>
        <translation>هذا الملف أكبر من أي رد يعدّه المقر.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="394"/>
        <source>The organization it belongs to is not at headquarters yet.</source>
        <translation>المنظمة التي يتبع لها غير موجودة لدى المقر بعد.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="395"/>
        <source>The activity it belongs to is not at headquarters yet.</source>
        <translation>النشاط الذي يتبع له غير موجود لدى المقر بعد.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="396"/>
        <source>The contact it names is not at headquarters yet.</source>
        <translation>جهة الاتصال المذكورة فيه غير موجودة لدى المقر بعد.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="397"/>
        <source>“%1” names a record your account cannot see at headquarters.</source>
        <translation>الحقل «%1» يشير إلى سجل لا يمكن لحسابك الاطلاع عليه لدى المقر.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="398"/>
        <source>Headquarters does not accept the value of “%1”.</source>
        <translation>لا يقبل المقر قيمة الحقل «%1».</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="399"/>
        <source>Headquarters could not read the value of “%1”: install the newest version.</source>
        <translation>تعذّر على المقر قراءة قيمة الحقل «%1»: ثبِّت أحدث إصدار.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="400"/>
        <source>Reason and record</source>
        <translation>السبب والسجل</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="401"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="402"/>
        <source>Changes / when</source>
        <translation>التغييرات / الوقت</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="403"/>
        <source>This file is damaged or incomplete: it may have been cut short while it was copied, or the USB stick was pulled out too early.</source>
        <translation>هذا الملف تالف أو ناقص: ربما انقطع أثناء نسخه، أو نُزعت ذاكرة USB مبكرًا.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="404"/>
        <source>This reply was made for another computer: it answers a file written there.</source>
        <translation>أُعدّ هذا الرد لحاسوب آخر: فهو يجيب عن ملف كُتب هناك.</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="405"/>
        <source>This reply answers a file made before this computer&apos;s data was reset or restored.</source>
        <translation>يجيب هذا الرد عن ملف أُنشئ قبل إعادة ضبط بيانات هذا الحاسوب أو استعادتها.</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="112"/>
        <source>must be a whole number</source>
        <translation>يجب أن تكون القيمة عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="118"/>
        <source>“%1” is not a whole number</source>
        <translation>«%1» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="129"/>
        <source>“%1” is not yes or no</source>
        <translation>«%1» ليس «نعم» أو «لا»</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="140"/>
        <source>“%1” is not a date (write it as YYYY-MM-DD)</source>
        <translation>«%1» ليس تاريخًا (اكتبه بالصيغة YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="147"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="149"/>
        <source>“%1” is not an amount</source>
        <translation>«%1» ليس مبلغًا</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="200"/>
        <source>is required</source>
        <translation>حقل إلزامي</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="205"/>
        <source>is longer than %1 characters</source>
        <translation>عدد الحروف يتجاوز %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="207"/>
        <source>holds more than %1 items</source>
        <translation>عدد العناصر يتجاوز %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="223"/>
        <source>the record is larger than %1 KiB: shorten its longest texts</source>
        <translation>حجم السجل يتجاوز %1 كيلوبايت: اختصر أطول نصوصه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="241"/>
        <source>“%1” is not an e-mail address (name@example.org)</source>
        <translation>«%1» ليس عنوان بريد إلكتروني (name@example.org)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="250"/>
        <source>“%1” is not a web address (www.example.org)</source>
        <translation>«%1» ليس عنوان موقع شبكي (www.example.org)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="255"/>
        <source>cannot be in the future</source>
        <translation>لا يجوز أن يكون التاريخ في المستقبل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="266"/>
        <source>cannot be negative</source>
        <translation>لا يجوز أن تكون القيمة سالبة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="272"/>
        <source>cannot be more than %1</source>
        <translation>لا يجوز أن تتجاوز القيمة %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="277"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="308"/>
        <source>“%1” is not a known country code (ISO 3166, e.g. KE)</source>
        <translation>«%1» ليس رمز بلد معروفًا (ISO 3166، مثل KE)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="278"/>
        <source>“%1” is not a known organization type</source>
        <translation>«%1» ليس نوع منظمة معروفًا</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="279"/>
        <source>“%1” is not a known ECOSOC status</source>
        <translation>«%1» ليس مركزًا استشاريًا معروفًا لدى المجلس الاقتصادي والاجتماعي</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="280"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="310"/>
        <source>not a known thematic area: %1</source>
        <translation>مجال مواضيعي غير معروف: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="281"/>
        <source>not a known network: %1</source>
        <translation>شبكة غير معروفة: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="284"/>
        <source>“%1” is not a known UN M49 region code</source>
        <translation>«%1» ليس رمز منطقة معروفًا في تصنيف M49 للأمم المتحدة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="297"/>
        <source>must stay blank: the person&apos;s data was erased</source>
        <translation>يجب أن يبقى فارغًا: حُذفت بيانات الشخص</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="306"/>
        <source>“%1” is not a known activity type</source>
        <translation>«%1» ليس نوع نشاط معروفًا</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="307"/>
        <source>cannot be before the start date</source>
        <translation>لا يجوز أن يسبق تاريخ البدء</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="309"/>
        <source>not a known country code: %1</source>
        <translation>رمز بلد غير معروف: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="311"/>
        <source>“%1” is not a known UNODC office</source>
        <translation>«%1» ليس مكتبًا معروفًا تابعًا لمكتب الأمم المتحدة المعني بالمخدرات والجريمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="312"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="340"/>
        <source>“%1” is not a known intergovernmental meeting</source>
        <translation>«%1» ليس اجتماعًا حكوميًا دوليًا معروفًا</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="317"/>
        <source>“%1” is not a known role</source>
        <translation>«%1» ليس دورًا معروفًا</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="323"/>
        <source>is %1, fewer than the %2 women and men counted</source>
        <translation>القيمة %1، وهي أقل من مجموع النساء والرجال المحتسبين (%2)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="331"/>
        <source>must be more than zero</source>
        <translation>يجب أن تكون القيمة أكبر من الصفر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="335"/>
        <source>has more than %1 decimal places</source>
        <translation>عدد المنازل العشرية يتجاوز %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="338"/>
        <source>“%1” is not an ISO 4217 currency code (e.g. USD)</source>
        <translation>«%1» ليس رمز عملة وفق المعيار ISO 4217 (مثل USD)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="339"/>
        <source>“%1” is not a known grant status</source>
        <translation>«%1» ليس حالة منحة معروفة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="341"/>
        <source>cannot be before the approval</source>
        <translation>لا يجوز أن يسبق تاريخ الاعتماد</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="342"/>
        <source>cannot be before the disbursement</source>
        <translation>لا يجوز أن يسبق تاريخ الصرف</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="351"/>
        <source>cannot move from “%1” to “%2”: a grant moves one step at a time</source>
        <translation>لا يمكن الانتقال من «%1» إلى «%2»: تنتقل المنحة مرحلة واحدة في كل مرة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/exchange.py" line="534"/>
        <location filename="../../lookingbeyond_desktop/store/import_plan.py" line="430"/>
        <source>repeats row %1</source>
        <extracomment>Which at-risk organizations&apos; contacts an export includes: their ids, or True for all.
----------
The tables a file can be imported into, parents first. Larger files are refused before they are read: a field office&apos;s registry fits many times over, and a file this size is almost surely the wrong file. Rows prepared and written per step; progress is reported and cancel checked between steps. The fields a file must map (unless it maps the record identifier, to update records): those the rules require and the store has no default for. At most this many likely duplicates are named for one row. A row is compared with at most this many records (those sharing the most keys with it): a file of a thousand rows is checked in seconds, not minutes, on 100,000 organizations.</extracomment>
        <translation>يكرر الصف %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="76"/>
        <source>a partner organization&apos;s account cannot merge organizations: ask the UNODC office</source>
        <translation>لا يمكن لحساب منظمة شريكة دمج المنظمات: اطلب ذلك من المكتب التابع لمكتب الأمم المتحدة المعني بالمخدرات والجريمة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="82"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="144"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="170"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="399"/>
        <source>the record does not exist</source>
        <translation>السجل غير موجود</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="84"/>
        <source>an organization cannot be merged into itself</source>
        <translation>لا يمكن دمج منظمة في نفسها</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="87"/>
        <source>“%1” was already merged into another organization</source>
        <translation>سبق دمج «%1» في منظمة أخرى</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="90"/>
        <source>“%1” is deleted: restore it before merging</source>
        <translation>المنظمة «%1» محذوفة: استعدها قبل الدمج</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="95"/>
        <source>cannot be taken from the other record</source>
        <translation>لا يمكن أخذ قيمته من السجل الآخر</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="147"/>
        <source>no merge of this organization made on this computer can be undone</source>
        <translation>لا يوجد دمج لهذه المنظمة أُجري على هذا الحاسوب يمكن التراجع عنه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="155"/>
        <source>the two records have changed since the merge: it can no longer be undone</source>
        <translation>تغيّر السجلان منذ الدمج: لم يعد من الممكن التراجع عنه</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="148"/>
        <source>was merged into another organization: undo the merge instead</source>
        <translation>دُمج في منظمة أخرى: تراجع عن الدمج بدلًا من ذلك</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="155"/>
        <source>belongs to a deleted record: restore that first</source>
        <translation>يتبع سجلًا محذوفًا: استعد ذلك السجل أولًا</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="231"/>
        <source>is not a field of %1</source>
        <translation>ليس حقلًا من حقول %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="234"/>
        <source>is changed by deleting or restoring</source>
        <translation>لا يتغير إلا بالحذف أو الاستعادة</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="237"/>
        <source>is changed by merging</source>
        <translation>لا يتغير إلا بالدمج</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="241"/>
        <source>is set by headquarters when it erases a person&apos;s data</source>
        <translation>يحدده المقر عندما يحذف بيانات شخص</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="254"/>
        <source>the record is deleted: restore it before editing</source>
        <translation>السجل محذوف: استعده قبل تعديله</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="256"/>
        <source>headquarters erased this person&apos;s data: the record cannot be edited</source>
        <translation>حذف المقر بيانات هذا الشخص: لا يمكن تعديل السجل</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="275"/>
        <source>“%1” is not a known record or a UUID</source>
        <translation>«%1» ليس سجلًا معروفًا ولا معرِّف UUID</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="310"/>
        <source>refers to no live record: %1</source>
        <translation>يشير إلى سجلات غير موجودة أو محذوفة: %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="336"/>
        <source>is a contact of another organization</source>
        <translation>جهة اتصال تابعة لمنظمة أخرى</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="generated_strings.py" line="8"/>
        <source>Non-governmental organization</source>
        <translation>منظمة غير حكومية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="9"/>
        <source>Network or coalition</source>
        <translation>شبكة أو تحالف</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="10"/>
        <source>Community-based organization</source>
        <translation>منظمة مجتمعية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="11"/>
        <source>Faith-based organization</source>
        <translation>منظمة دينية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="12"/>
        <source>Academic or research institution</source>
        <translation>مؤسسة أكاديمية أو بحثية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="13"/>
        <source>Professional association</source>
        <translation>رابطة مهنية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="14"/>
        <source>Trade union</source>
        <translation>نقابة عمال</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="15"/>
        <source>Foundation</source>
        <translation>مؤسسة خيرية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="16"/>
        <source>Media organization</source>
        <translation>مؤسسة إعلامية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="17"/>
        <source>Private sector</source>
        <translation>القطاع الخاص</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="18"/>
        <source>Youth organization</source>
        <translation>منظمة شبابية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="19"/>
        <source>Women&apos;s organization</source>
        <translation>منظمة نسائية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="20"/>
        <source>No consultative status</source>
        <translation>بلا مركز استشاري</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="21"/>
        <source>General consultative status</source>
        <translation>المركز الاستشاري العام</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="22"/>
        <source>Special consultative status</source>
        <translation>المركز الاستشاري الخاص</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="23"/>
        <source>Roster</source>
        <translation>القائمة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="24"/>
        <source>Training</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="25"/>
        <source>Regional consultation</source>
        <translation>مشاورة إقليمية</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="26"/>
        <source>Dialogue</source>
        <translation>حوار</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="27"/>
        <source>Side event</source>
        <translation>حدث جانبي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="28"/>
        <source>Joint government–CSO activity</source>
        <translation>نشاط مشترك بين الحكومة ومنظمات المجتمع المدني</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="29"/>
        <source>Participation in an intergovernmental meeting</source>
        <translation>المشاركة في اجتماع حكومي دولي</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="30"/>
        <source>Participant</source>
        <translation>مشارك</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="31"/>
        <source>Speaker</source>
        <translation>متحدث</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="32"/>
        <source>Organizer</source>
        <translation>منظِّم</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="33"/>
        <source>Trainer</source>
        <translation>مدرِّب</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="34"/>
        <source>Observer</source>
        <translation>مراقب</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="35"/>
        <source>Rapporteur</source>
        <translation>مقرِّر</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="36"/>
        <source>Proposed</source>
        <translation>مقترحة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="37"/>
        <source>Approved</source>
        <translation>معتمدة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="38"/>
        <source>Disbursed</source>
        <translation>مصروفة</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="39"/>
        <source>Report received</source>
        <translation>ورد التقرير</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="40"/>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
</context>
</TS>
