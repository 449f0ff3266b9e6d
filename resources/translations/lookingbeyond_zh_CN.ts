<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="104"/>
        <source>About Looking Beyond</source>
        <translation>关于 Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="106"/>
        <source>Looking Beyond %1</source>
        <translation>Looking Beyond %1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="110"/>
        <source>The registry of UNODC&apos;s civil-society partners: organizations, contacts, activities and seed funding, kept on this computer and synced with headquarters.</source>
        <translation>毒品和犯罪问题办公室民间社会合作伙伴登记册：组织、联系人、活动和种子资金保存在本计算机上，并与总部同步。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="114"/>
        <source>Your data: %1</source>
        <translation>您的数据：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="119"/>
        <source>&amp;Open the folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="125"/>
        <source>Your data is kept outside the application&apos;s folder: installing a newer version or removing the application leaves it as it is.</source>
        <translation>您的数据保存在应用程序文件夹之外：安装新版本或卸载应用程序都不会影响它。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="127"/>
        <source>What it is made of, and the licence of each part:</source>
        <translation>组成部分及各部分的许可证：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="130"/>
        <source>%1 (font for Chinese)</source>
        <translation>%1（中文字体）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134"/>
        <source>Part</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="134"/>
        <source>Version or source</source>
        <translation>版本或来源</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/about.py" line="135"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="331"/>
        <source>Search titles, cities, country codes…</source>
        <translation>搜索标题、城市、国家代码…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="333"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="334"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="335"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="336"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="337"/>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="338"/>
        <source>Representatives</source>
        <translation>代表人数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="343"/>
        <source>&amp;New activity</source>
        <translation>新建活动(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="345"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="353"/>
        <source>Activities held, at least in part, in this period (either date may stay empty). Type a date or press F4 for a calendar.</source>
        <translation>至少部分在此期间举行的活动（两个日期均可留空）。请键入日期，或按F4打开日历。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="356"/>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="357"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="358"/>
        <source>Where the activity was held: type a country&apos;s name in any UN language, or its code</source>
        <translation>活动举办地：请用任一联合国语文键入国名，或键入国家代码</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="360"/>
        <source>All thematic areas</source>
        <translation>所有专题领域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="361"/>
        <source>A thematic area includes its sub-themes</source>
        <translation>专题领域包括其子专题</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="362"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="363"/>
        <source>All offices</source>
        <translation>所有办事处</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="364"/>
        <source>The UNODC office that organized the activity</source>
        <translation>组织该活动的毒品和犯罪问题办公室办事处</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="365"/>
        <source>All meetings</source>
        <translation>所有会议</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="366"/>
        <source>The intergovernmental meeting the activity was part of or followed</source>
        <translation>该活动所属或所跟进的政府间会议</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="374"/>
        <source>%n activity(ies)</source>
        <translation>
            <numerusform>%n项活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="377"/>
        <source>%1 of %n activity(ies)</source>
        <translation>
            <numerusform>%n项活动中的%1项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="380"/>
        <source>Delete %n activity(ies)</source>
        <translation>
            <numerusform>删除%n项活动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="383"/>
        <source>Delete %n activity(ies) and their participants? They go to the Trash.</source>
        <translation>
            <numerusform>是否删除%n项活动及其参与者？它们将移至回收站。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="183"/>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="184"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="185"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="186"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="213"/>
        <source>New activity</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="255"/>
        <source>&amp;Participants (%1)</source>
        <translation>参与者（%1）(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="261"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n名代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="262"/>
        <source>of %n organization(s)</source>
        <translation>
            <numerusform>来自%n个组织</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="263"/>
        <source>women: %1, men: %2, not recorded: %3</source>
        <translation>女性：%1，男性：%2，未记录：%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="266"/>
        <source>%n Member State(s) involved</source>
        <translation>
            <numerusform>涉及%n个会员国</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="282"/>
        <source>Create activity “%1”</source>
        <translation>创建活动“%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="285"/>
        <source>Edit activity “%1”</source>
        <translation>编辑活动“%1”</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="136"/>
        <source>Add from an attendance sheet</source>
        <extracomment>organizations the name likely is across scripts and spellings, not among ``matches``</extracomment>
        <translation>从签到表添加</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="149"/>
        <source>A .csv or .xlsx file: one row per person</source>
        <translation>.csv或.xlsx文件：每人一行</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="151"/>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>Column in the sheet</source>
        <translation>表中的列</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="165"/>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>In the sheet</source>
        <translation>表中名称</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>Added as</source>
        <translation>添加为</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="172"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <source>People known</source>
        <translation>已知人员</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <source>Representatives</source>
        <translation>代表人数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="173"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303"/>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="303"/>
        <source>Men</source>
        <translation>男性</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="174"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="188"/>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="529"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="197"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="206"/>
        <source>What each column means (guessed from its header; change it if it is wrong):</source>
        <translation>各列的含义（根据列标题推测；如有误请更改）：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="212"/>
        <source>Organizations found, with how sure each match is (100: the same name):</source>
        <translation>找到的组织及各匹配的确定程度（100：名称相同）：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="243"/>
        <source>Attendance sheet</source>
        <translation>签到表</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="244"/>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm *.txt *.tsv);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.xlsm *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="251"/>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="273"/>
        <source>The file could not be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="275"/>
        <source>There is no file %1.</source>
        <translation>文件%1不存在。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="276"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="277"/>
        <source>The file is too big for an attendance sheet (%1; at most 20 MB).</source>
        <translation>该文件作为签到表过大（%1；最大20 MB）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="279"/>
        <source>This is not a spreadsheet: choose a .csv or .xlsx file.</source>
        <translation>这不是电子表格：请选择.csv或.xlsx文件。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="280"/>
        <source>This file is not text that can be read as CSV. Save it from the spreadsheet as “CSV UTF-8” or as .xlsx.</source>
        <translation>该文件不是可按CSV读取的文本。请在电子表格程序中将其另存为“CSV UTF-8”或.xlsx格式。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="282"/>
        <source>The CSV file is malformed near line %1.</source>
        <translation>CSV文件在第%1行附近格式有误。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="284"/>
        <source>The file is empty.</source>
        <translation>该文件为空。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="285"/>
        <source>The first row must name the columns.</source>
        <translation>第一行必须为列名。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="286"/>
        <source>The file has more than %1 rows: that is not an attendance sheet.</source>
        <translation>该文件超过%1行：不是签到表。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="288"/>
        <source>The workbook cannot be read: is it an .xlsx file?</source>
        <translation>无法读取该工作簿：是否为.xlsx文件？</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="290"/>
        <source>Nothing was added.</source>
        <translation>未添加任何内容。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300"/>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="300"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301"/>
        <source>Person&apos;s name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="301"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302"/>
        <source>Sex (F/M)</source>
        <translation>性别（F/M）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="302"/>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="304"/>
        <source>Country code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="352"/>
        <source>Say which column names the organization.</source>
        <translation>请指明哪一列为组织名称。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="356"/>
        <source>Matching…</source>
        <translation>正在匹配…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="397"/>
        <source>row %1: “%2” is not a number of people</source>
        <translation>第%1行：“%2”不是人数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="401"/>
        <source>%1 women and men is more than the representatives</source>
        <translation>女性和男性共%1人，多于代表人数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="405"/>
        <source>row %1: “%2” is neither F nor M (counted as not recorded)</source>
        <translation>第%1行：“%2”既不是F也不是M（计为未记录）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="409"/>
        <source>may already be in the registry: see below</source>
        <translation>可能已在登记册中：见下文</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="515"/>
        <source>%n of them may already be in the registry (see below the list)</source>
        <translation>
            <numerusform>其中%n个可能已在登记册中（见列表下方）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="413"/>
        <source>a new organization needs a country: add a country column or set the activity&apos;s country</source>
        <translation>新组织需要国家：请添加国家列，或设置活动的国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="417"/>
        <source>“%1” is not a country code</source>
        <translation>“%1”不是国家代码</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="420"/>
        <source>created in %1, the activity&apos;s country (the sheet has none)</source>
        <translation>创建于活动所在国%1（表中无国家）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="424"/>
        <source>not the same name: check the match</source>
        <translation>名称不同：请核对匹配</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="426"/>
        <source>already taking part</source>
        <translation>已在参与</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="431"/>
        <source>the same organization as another line: leave one out or choose another match</source>
        <translation>与另一行为同一组织：请略去其中一行或选择其他匹配</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="450"/>
        <source>%1 (score %2)</source>
        <translation>%1（得分%2）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="456"/>
        <source>Create new organization “%1”</source>
        <translation>新建组织“%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="457"/>
        <source>Leave out</source>
        <translation>略去</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="511"/>
        <source>%n organization(s) to add</source>
        <translation>
            <numerusform>待添加%n个组织</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="512"/>
        <source>%n representative(s)</source>
        <translation>
            <numerusform>%n名代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="513"/>
        <source>%n new organization(s)</source>
        <translation>
            <numerusform>%n个新组织</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="518"/>
        <source>rows without an organization, left out: %1</source>
        <translation>无组织的行（已略去）：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="522"/>
        <source>%n organization(s) have a problem (in red): fix it, choose another match, or leave them out.</source>
        <translation>
            <numerusform>%n个组织有问题（红色标示）：请更正、选择其他匹配或将其略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="528"/>
        <source>&amp;Add %n organization(s)</source>
        <translation>
            <numerusform>添加%n个组织(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="538"/>
        <source>Use it</source>
        <translation>改用该组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="539"/>
        <source>“%1” may already be in the registry:</source>
        <translation>“%1”可能已在登记册中：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="569"/>
        <source>Add %n participant(s) from an attendance sheet</source>
        <translation>
            <numerusform>从签到表添加%n个参与者</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="577"/>
        <source>Nothing was added:</source>
        <translation>未添加任何内容：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/attendance.py" line="580"/>
        <source>Nothing was added: %1</source>
        <translation>未添加任何内容：%1</translation>
    </message>
</context>
<context>
    <name>CoOrganizers</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="87"/>
        <source>Type part of a name to add an organization</source>
        <translation>键入部分名称以添加组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/activities.py" line="92"/>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="245"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355"/>
        <source>Kept now</source>
        <translation>当前保留的值</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="247"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="357"/>
        <source>The other value</source>
        <translation>另一个值</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="252"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358"/>
        <source>Keep this one</source>
        <translation>保留此值</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="255"/>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359"/>
        <source>Keep the other</source>
        <translation>保留另一个值</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="258"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="261"/>
        <source>Apply this choice to the remaining conflicts of this kind</source>
        <translation>将此选择应用于其余同类冲突</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="277"/>
        <source>No conflicts to review. When the same field is changed on two computers before they sync, both values are kept here for you to choose.</source>
        <translation>没有需要审查的冲突。如果同一字段在两台计算机同步之前均被更改，两个值都会保留在此处供您选择。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="355"/>
        <source>Headquarters&apos; version</source>
        <translation>总部版本</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="356"/>
        <source>Refused and discarded</source>
        <translation>被拒绝并已放弃</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="358"/>
        <source>&amp;Let it go</source>
        <translation>放弃(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="359"/>
        <source>&amp;Send it again</source>
        <translation>重新发送(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="362"/>
        <source>Headquarters did not accept this change and it was discarded on this computer. The values refused are kept here: send them again (headquarters says again if it still refuses), or let them go.</source>
        <translation>总部未接受此更改，本计算机上已放弃该更改。被拒绝的值保留在此处：可重新发送（如果总部仍然拒绝，会再次告知），也可放弃。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="366"/>
        <source>Headquarters never had this record: it is in the Trash on this computer.</source>
        <translation>总部从未有过此记录：它位于本计算机的回收站中。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="367"/>
        <source>The value headquarters holds, brought back by the next sync.</source>
        <translation>总部持有的值，下次同步时恢复。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="376"/>
        <source>This field was changed on two computers before they synced. One value is kept now; the other is here for you to bring back if it was the right one.</source>
        <translation>此字段在两台计算机同步之前均被更改。当前保留其中一个值；另一个值在此处，如果它才是正确的值，您可以恢复它。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="380"/>
        <source>The record was deleted on one computer and edited on another. Keeping the edit brings the record back.</source>
        <translation>该记录在一台计算机上被删除，在另一台计算机上被编辑。保留编辑将恢复该记录。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="391"/>
        <source>Merged into “%1”</source>
        <translation>已合并到“%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="392"/>
        <source>another organization</source>
        <translation>另一组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="394"/>
        <source>This organization was merged into two different records on two computers. It now points to the first; what named it went there too. If both records are one organization, merge them as well; if the other merge was right, merge the first record into the other one.</source>
        <translation>此组织在两台计算机上分别被合并到两条不同的记录。现在它指向第一条记录，引用它的内容也已转到该记录。如果这两条记录属于同一组织，也请将二者合并；如果另一次合并才是正确的，请将第一条记录合并到另一条记录。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="233"/>
        <source>e.g. %1</source>
        <translation>例如%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="234"/>
        <source>Type a date (%1 or 2011-12-31), or press F4 for a calendar.</source>
        <translation>请键入日期（%1或2011-12-31），或按F4打开日历。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/entry.py" line="236"/>
        <source>Choose from a calendar (F4)</source>
        <translation>从日历中选择（F4）</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="generated_strings.py" line="215"/>
        <source>Computers of the Project</source>
        <translation>项目的计算机</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="216"/>
        <source>Every computer enrolled with headquarters. A lost or stolen one can be erased: at its next sync it sends what it has not sent, then erases its copy of the registry and signs out for good.</source>
        <translation>在总部登记的所有计算机。丢失或被盗的计算机可以被擦除：下次同步时，它会先发送尚未发送的内容，然后删除其登记册副本并永久退出登录。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="217"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="218"/>
        <source>&amp;Erase Its Data…</source>
        <translation>擦除其数据(&amp;E)…</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="219"/>
        <source>Asking headquarters…</source>
        <translation>正在询问总部…</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="220"/>
        <source>Erase a computer&apos;s data</source>
        <translation>擦除计算机的数据</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="221"/>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="222"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="223"/>
        <source>signed out by headquarters</source>
        <translation>已被总部注销</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="224"/>
        <source>to be erased at its next sync</source>
        <translation>将在下次同步时擦除</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="225"/>
        <source>erasing (not yet confirmed)</source>
        <translation>正在擦除（尚未确认）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="226"/>
        <source>erased</source>
        <translation>已擦除</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="227"/>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="228"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="229"/>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="230"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="231"/>
        <source>Only the Civil Society Team (hq users) may see the project&apos;s computers.</source>
        <translation>只有民间社会小组（总部用户）可以查看项目的计算机。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="232"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="233"/>
        <source>%1 (this computer)</source>
        <translation>%1（本计算机）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="234"/>
        <source>Erase everything on “%1” (%2)? At its next sync it sends what it has not sent, then erases its copy of the registry, its backups and logs, and signs out for good. This cannot be undone.</source>
        <translation>要擦除“%1”（%2）上的所有内容吗？下次同步时，它会先发送尚未发送的内容，然后删除其登记册副本、备份和日志，并永久退出登录。此操作无法撤销。</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/devices.py" line="144"/>
        <source>%n computer(s).</source>
        <translation>
            <numerusform>%n 台计算机。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="182"/>
        <source>Records behind a figure</source>
        <translation>数字所依据的记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="197"/>
        <source>Listing the records…</source>
        <translation>正在列出记录…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="200"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="219"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="222"/>
        <source>Show the record chosen in its page (Enter or a double-click do the same)</source>
        <translation>在相应页面显示所选记录（按Enter或双击效果相同）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="261"/>
        <source>Participations in activities: %1, adding up to %2</source>
        <translation>参加活动：%1次，合计%2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="263"/>
        <source>Organizations: %1</source>
        <translation>组织：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264"/>
        <source>Activities: %1</source>
        <translation>活动：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="264"/>
        <source>Grants: %1</source>
        <translation>赠款：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="265"/>
        <source>People: %1</source>
        <translation>人员：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="266"/>
        <source>Records: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="272"/>
        <source>The records could not be listed: %1</source>
        <translation>无法列出记录：%1</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="209"/>
        <source>Already in the registry?</source>
        <translation>已在登记册中？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="214"/>
        <source>“%1” looks like %n organization(s) already in the registry. Open the existing one instead of making a second record, or save this one as a new organization if it is another body.</source>
        <translation>
            <numerusform>“%1”与登记册中已有的%n个组织相似。请打开现有组织，不要再新建一条记录；如果这是另一个机构，请将其保存为新组织。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>How alike</source>
        <translation>相似程度</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="221"/>
        <source>Where</source>
        <translation>所在地</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="246"/>
        <source>&amp;Save as a new organization</source>
        <translation>保存为新组织(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/duplicate_warning.py" line="207"/>
        <source>&amp;Open “%1”</source>
        <extracomment>From this score a match is &quot;very likely&quot; the same organization, below it &quot;likely&quot;.</extracomment>
        <translation>打开“%1”(&amp;O)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="235"/>
        <source>very likely the same (%1)</source>
        <translation>极有可能相同（%1）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="236"/>
        <source>likely the same (%1)</source>
        <translation>可能相同（%1）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="237"/>
        <source>, </source>
        <translation>、</translation>
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
        <translation>“%2”：%4（%3）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="240"/>
        <source>Likely %1</source>
        <translation>可能是%1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="241"/>
        <source>row %1 of this file, “%2”: %4 (%3)</source>
        <oldsource>row %1 of this file, “%2”: %3 — %4</oldsource>
        <translation>本文件第%1行，“%2”：%4（%3）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="242"/>
        <source>“%2”, %5: %4 (%3)</source>
        <oldsource>“%2” (%5): %3 — %4</oldsource>
        <translation>“%2”，%5：%4（%3）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="243"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="244"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <location filename="generated_strings.py" line="245"/>
        <source>Erased person</source>
        <translation>已删除的人员</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="246"/>
        <source>Headquarters could not erase this person&apos;s data because of an unexpected error (the details are in its log). Try again later.</source>
        <translation>由于意外错误，总部未能删除此人的数据（详情见其日志）。请稍后再试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="247"/>
        <source>Headquarters could not be reached, so nothing was erased. Erasing a person&apos;s data needs a connection: try again when this computer is online.</source>
        <translation>无法连接总部，因此没有删除任何内容。删除某人的数据需要网络连接：请在此计算机联网后再试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="248"/>
        <source>The connection to headquarters failed before it answered, so this computer does not know whether the data was erased. Try again when the connection is better: erasing twice does no harm.</source>
        <translation>连接总部在其答复前中断，因此此计算机不知道数据是否已删除。请在连接改善后再试：重复删除没有害处。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="249"/>
        <source>Headquarters refused: only the Civil Society Team (headquarters users) may erase a person&apos;s data.</source>
        <translation>总部拒绝：只有民间社会小组（总部用户）可以删除某人的数据。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="250"/>
        <source>Headquarters does not have this contact yet: it was never synced. Sync, then erase it again (or delete it: it never left this computer).</source>
        <translation>总部还没有此联系人：它从未同步过。请先同步，再删除一次（或直接删除：它从未离开此计算机）。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="251"/>
        <source>This computer is not connected to headquarters: log in on the Sync page, then try again.</source>
        <translation>此计算机未连接总部：请在“同步”页面登录后再试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="252"/>
        <source>Headquarters erased this person&apos;s data on %1. They still count in the activities they took part in, without a name.</source>
        <translation>总部已于 %1 删除此人的数据。此人仍以无名方式计入其参加过的活动。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="145"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="154"/>
        <source>A &amp;whole table:</source>
        <translation>整个表(&amp;W)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="164"/>
        <source>The &amp;list on screen, with its search and filters: %1, %n record(s)</source>
        <translation>
            <numerusform>屏幕上的列表（含搜索和筛选条件）(&amp;L)：%1，%n条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="170"/>
        <source>The list on screen (this page has no list)</source>
        <translation>屏幕上的列表（本页无列表）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="175"/>
        <source>CSV (opens in any spreadsheet)</source>
        <translation>CSV（可用任何电子表格程序打开）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="176"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="177"/>
        <source>JSON (for other programs)</source>
        <translation>JSON（供其他程序使用）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="180"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="183"/>
        <source>Contacts are personal data: the file will hold people&apos;s names, e-mail addresses, phone numbers and notes. Keep it safe and delete it when it is no longer needed.</source>
        <translation>联系人属于个人数据：该文件将包含人员的姓名、电子邮件地址、电话号码和备注。请妥善保管，不再需要时予以删除。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="216"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="235"/>
        <source>What:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="236"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="239"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="286"/>
        <source>The contacts of %n organization(s) at risk are left out. Include the contacts of these at-risk organizations only if you must:</source>
        <translation>
            <numerusform>已略去 %n 个处于危险中的组织的联系人。仅在确有必要时才包括这些处于危险中的组织的联系人：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="317"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="318"/>
        <source>JSON files (*.json)</source>
        <translation>JSON文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="319"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="337"/>
        <source>Choose the file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="354"/>
        <source>This file will hold personal data of %n person(s): their names, positions, e-mail addresses, phone numbers, consent dates and notes. Anyone who gets the file can read them. Export the contacts?</source>
        <translation>
            <numerusform>该文件将包含%n人的个人数据：姓名、职务、电子邮件地址、电话号码、同意日期和备注。任何获得该文件的人都能读取这些数据。是否导出联系人？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="358"/>
        <source>Export personal data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="372"/>
        <source>Exporting… Cancel stops it and writes no file.</source>
        <translation>正在导出…取消将停止导出，不写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="412"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/export_dialog.py" line="398"/>
        <source>Exported %n record(s) to %1.</source>
        <translation>
            <numerusform>已将%n条记录导出到%1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="261"/>
        <source>The export was cancelled: no file was written.</source>
        <translation>导出已取消：未写入任何文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="262"/>
        <source>The disk is full: the file was not written. Free some space or choose another disk.</source>
        <translation>磁盘已满：未写入文件。请释放一些空间，或选择其他磁盘。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="263"/>
        <source>The file was not written.</source>
        <translation>未写入文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="264"/>
        <source>The file could not be written to %1: you may not write in that folder, or the file is open in another program. Choose another place or close it.</source>
        <translation>无法将文件写入%1：您可能无权写入该文件夹，或者该文件已在另一程序中打开。请选择其他位置，或关闭该文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="265"/>
        <source>The folder %1 does not exist: choose another place.</source>
        <translation>文件夹%1不存在：请选择其他位置。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="266"/>
        <source>The file was not written: %1</source>
        <translation>未写入文件：%1</translation>
    </message>
</context>
<context>
    <name>FieldForm</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="140"/>
        <source>Separate several with ;</source>
        <translation>多个值之间用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="158"/>
        <source>Type a country&apos;s name in any UN language, or its code; the list shows the matches.</source>
        <translation>请用任一联合国语文键入国名，或键入国家代码；列表将显示匹配项。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/errors.py" line="47"/>
        <location filename="../../lookingbeyond_desktop/ui/forms.py" line="228"/>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="532"/>
        <source>%1 %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="586"/>
        <source>Click to list the records behind it.</source>
        <extracomment>A caption narrower than this stays on one line.</extracomment>
        <translation>点击以列出其所依据的记录。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="203"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="204"/>
        <source>A CSV file, an Excel workbook (.xlsx) or a JSON file whose first row (or keys) name the columns.</source>
        <translation>CSV文件、Excel工作簿（.xlsx）或JSON文件，其第一行（或键）为列名。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="208"/>
        <source>Choose a file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="210"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="216"/>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="226"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="242"/>
        <source>Import a file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="243"/>
        <source>Spreadsheets and data (*.csv *.xlsx *.xlsm *.json);;All files (*)</source>
        <translation>电子表格和数据 (*.csv *.xlsx *.xlsm *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="268"/>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="287"/>
        <source>%n row(s) to read.</source>
        <translation>
            <numerusform>待读取%n行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="288"/>
        <source>Columns: %1</source>
        <translation>列：%1</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="239"/>
        <source>Clear filters</source>
        <extracomment>The search box&apos;s narrowest width: a few words stay readable on a 1024-pixel screen. The shortcut of &quot;Save view…&quot; (Ctrl+Shift+S is &quot;Sync now&quot;; Ctrl+D bookmarks in browsers). Characters a filter drop-down shows at its narrowest (its list shows entries whole).</extracomment>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="243"/>
        <source>Vie&amp;ws</source>
        <translation>视图(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="245"/>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="430"/>
        <source>Saved searches and filters: apply one, save the current one, rename or delete them</source>
        <translation>已保存的搜索和筛选条件：应用、保存当前条件、重命名或删除</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="252"/>
        <source>&amp;Save view…</source>
        <translation>保存视图(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="323"/>
        <source>No country is called “%1”: every country is listed.</source>
        <translation>没有名为“%1”的国家：列出所有国家。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="332"/>
        <source>Not a date: the period ignores it.</source>
        <translation>不是日期：期间将忽略此项。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="429"/>
        <source>View on screen: %1</source>
        <translation>屏幕上的视图：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="454"/>
        <source>No saved view yet</source>
        <translation>尚无已保存的视图</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="458"/>
        <source>&amp;Rename view</source>
        <translation>重命名视图(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="460"/>
        <source>&amp;Delete view</source>
        <translation>删除视图(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="495"/>
        <source>A view called “%1” exists. Replace it?</source>
        <translation>名为“%1”的视图已存在。是否替换？</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="496"/>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="531"/>
        <source>Saved views</source>
        <translation>已保存的视图</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="501"/>
        <source>Save view</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="502"/>
        <source>Name of this search and its filters (e.g. “Kenya 2011”):</source>
        <translation>此搜索及其筛选条件的名称（例如“肯尼亚2011”）：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516"/>
        <source>Rename view</source>
        <translation>重命名视图</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="516"/>
        <source>New name of the view “%1”:</source>
        <translation>视图“%1”的新名称：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/list_filters.py" line="529"/>
        <source>Delete the view “%1”? Only its saved search and filters go; no record is touched.</source>
        <translation>是否删除视图“%1”？仅删除其保存的搜索和筛选条件，不影响任何记录。</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="49"/>
        <source>Welcome to Looking Beyond</source>
        <translation>欢迎使用Looking Beyond</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="55"/>
        <source>This is your office&apos;s registry of civil-society partners: organizations, their contacts, the activities they took part in and the seed funding they received. Everything works offline; your changes are sent to headquarters when a connection is set up.</source>
        <translation>这是贵办事处的民间社会合作伙伴登记册：组织、其联系人、其参加的活动及其获得的种子资金。所有功能均可离线使用；建立连接后，您的更改将发送到总部。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="60"/>
        <source>Explore with &amp;demo data</source>
        <translation>使用演示数据试用(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="63"/>
        <source>Fills this data folder with made-up organizations, activities and grants to try the application. A demo folder can never be connected to headquarters: for real work, start another data folder (File &gt; New data folder…).</source>
        <translation>在此数据文件夹中填入虚构的组织、活动和赠款，以便试用本应用程序。演示文件夹永远不能连接到总部：如需实际工作，请另建数据文件夹（文件 &gt; 新建数据文件夹…）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="66"/>
        <source>Start with an &amp;empty registry</source>
        <translation>从空白登记册开始(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/first_run.py" line="69"/>
        <source>You can connect to headquarters later, on the Sync page: your work is kept on this computer until then.</source>
        <translation>您可以稍后在“同步”页面连接总部：在此之前，您的工作保存在本计算机上。</translation>
    </message>
</context>
<context>
    <name>GrantEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="178"/>
        <source>Type the name of a regional lead organization</source>
        <translation>键入区域牵头组织的名称</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="189"/>
        <source>Type part of an activity&apos;s title to link it</source>
        <translation>键入活动标题的一部分以建立链接</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="191"/>
        <source>Unlink</source>
        <translation>取消链接</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="199"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="211"/>
        <source>Activities paid for</source>
        <translation>资助的活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="219"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="220"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="221"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="233"/>
        <source>New grant</source>
        <translation>新建赠款</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="265"/>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="308"/>
        <source>Mark as %1</source>
        <translation>标记为%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="311"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="313"/>
        <source>Step back</source>
        <translation>退回上一步</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="329"/>
        <source>Create grant</source>
        <translation>创建赠款</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="332"/>
        <source>Edit grant</source>
        <translation>编辑赠款</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="366"/>
        <source>Grant: %1</source>
        <translation>赠款：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="382"/>
        <source>Organization %1</source>
        <translation>组织：%1</translation>
    </message>
</context>
<context>
    <name>GrantsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="398"/>
        <source>Search purpose or organization…</source>
        <translation>搜索用途或组织…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="400"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="401"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="402"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="403"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="404"/>
        <source>Follows</source>
        <translation>跟进的会议</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="409"/>
        <source>&amp;New grant</source>
        <translation>新建赠款(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="411"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="417"/>
        <source>Grants approved in this period (either date may stay empty); a grant not yet approved has no approval date and is left out while a date is set. Type a date or press F4 for a calendar.</source>
        <translation>在此期间核准的赠款（两个日期均可留空）；尚未核准的赠款没有核准日期，设置日期时不予列出。请键入日期，或按F4打开日历。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421"/>
        <source>Approved from</source>
        <translation>核准日期自</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="421"/>
        <source>Approved until</source>
        <translation>核准日期至</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="422"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="423"/>
        <source>The organization&apos;s country: type a country&apos;s name in any UN language, or its code</source>
        <translation>组织所在国：请用任一联合国语文键入国名，或键入国家代码</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="425"/>
        <source>All thematic areas</source>
        <translation>所有专题领域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="426"/>
        <source>The organization&apos;s thematic areas (a grant has none of its own); an area includes its sub-themes</source>
        <translation>组织的专题领域（赠款本身没有专题领域）；专题领域包括其子专题</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="428"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="430"/>
        <source>All currencies</source>
        <translation>所有货币</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="439"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n笔赠款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="442"/>
        <source>%1 of %n grant(s)</source>
        <translation>
            <numerusform>%n笔赠款中的%1笔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="445"/>
        <source>Delete %n grant(s)</source>
        <translation>
            <numerusform>删除%n笔赠款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="448"/>
        <source>Delete %n grant(s)? They go to the Trash.</source>
        <translation>
            <numerusform>是否删除%n笔赠款？它们将移至回收站。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>Where</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="25"/>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="26"/>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="39"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="50"/>
        <source>The latest change of these fields, made on another computer and received by sync; earlier changes made there are kept at headquarters.</source>
        <translation>这些字段的最近一次更改，在另一台计算机上作出并通过同步收到；在那台计算机上作出的较早更改保存在总部。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="61"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="62"/>
        <source>Edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="63"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="64"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="65"/>
        <source>Merged into another organization</source>
        <translation>已合并到另一组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/history.py" line="66"/>
        <source>Merge undone</source>
        <translation>已撤销合并</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="968"/>
        <source>Import a file</source>
        <extracomment>Emitted from the database worker&apos;s thread between chunks of rows (done, total): a queued connection shows it; a direct connection runs on the worker (tests cancel there).</extracomment>
        <translation>导入文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1018"/>
        <source>Import %n record(s) from %1</source>
        <translation>
            <numerusform>从%1导入%n条记录</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="1033"/>
        <source>Cancelling… nothing will be imported.</source>
        <translation>正在取消…不会导入任何内容。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="271"/>
        <source>%1 cannot be imported: choose a CSV file, an Excel workbook (.xlsx) or a JSON file.</source>
        <translation>无法导入%1：请选择CSV文件、Excel工作簿（.xlsx）或JSON文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="272"/>
        <source>%1 does not exist any more.</source>
        <translation>%1已不存在。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="273"/>
        <source>%1 is a folder: choose a file.</source>
        <translation>%1是文件夹：请选择文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="274"/>
        <source>%1 cannot be read: you may not have permission to open it.</source>
        <translation>无法读取%1：您可能无权打开该文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="275"/>
        <source>%1 is larger than %2 MB: split it into smaller files.</source>
        <translation>%1大于%2 MB：请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="276"/>
        <source>%1 is empty.</source>
        <translation>%1为空。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="277"/>
        <source>%1 is not saved as UTF-8 text. In your spreadsheet, save it as “CSV UTF-8”, then choose it again.</source>
        <translation>%1未保存为UTF-8文本。请在电子表格程序中将其另存为“CSV UTF-8”，然后重新选择该文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="278"/>
        <source>%1 is not a text file: is it really a CSV file?</source>
        <translation>%1不是文本文件：它确实是CSV文件吗？</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="279"/>
        <source>%1 is not a valid CSV file (line %2): a quote may be left open.</source>
        <translation>%1不是有效的CSV文件（第%2行）：可能有引号未闭合。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="280"/>
        <source>%1 has no column names: its first row must name the columns.</source>
        <translation>%1没有列名：其第一行必须为列名。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="281"/>
        <source>Column %2 of %1 has no name: name every column in the first row.</source>
        <translation>%1的第%2列没有名称：请在第一行为每一列命名。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="282"/>
        <source>%1 names a column twice (%2): give each column its own name.</source>
        <translation>%1中有重复的列名（%2）：请为每一列分别命名。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="283"/>
        <source>Row %2 of %1 has more cells than there are column names.</source>
        <translation>%1的第%2行的单元格数多于列名数。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="284"/>
        <source>%1 has more than %2 rows: split it into smaller files.</source>
        <translation>%1超过%2行：请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="285"/>
        <source>%1 has no rows under its column names.</source>
        <translation>%1的列名下没有任何数据行。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="286"/>
        <source>%1 is not a readable Excel workbook (.xlsx).</source>
        <translation>%1不是可读取的Excel工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="287"/>
        <source>The sheet “%2” of %1 is empty.</source>
        <translation>%1的工作表“%2”为空。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="288"/>
        <source>%1 is not a JSON list of records (line %2).</source>
        <translation>%1不是JSON记录列表（第%2行）。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="289"/>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="290"/>
        <source>Contacts of organizations</source>
        <translation>组织的联系人</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="291"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="292"/>
        <source>Participants of activities</source>
        <translation>活动的参与者</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="293"/>
        <source>Grants</source>
        <translation>赠款</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="294"/>
        <source>Imported: %1 created, %2 updated.</source>
        <translation>已导入：新建%1条，更新%2条。</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="generated_strings.py" line="295"/>
        <source>This window is locked</source>
        <translation>此窗口已锁定</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="296"/>
        <source>It locked itself after a while without use, to keep the registry from other eyes. Type your headquarters password or your PIN to go on.</source>
        <translation>窗口在一段时间未使用后自动锁定，以免登记册被他人看到。请输入您的总部密码或 PIN 码以继续。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="297"/>
        <source>Password or PIN</source>
        <translation>密码或 PIN 码</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="298"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="299"/>
        <source>That is neither the password nor the PIN. Try again.</source>
        <translation>这既不是密码也不是 PIN 码。请重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="300"/>
        <source>Lock Settings</source>
        <translation>锁定设置</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="301"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="302"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="303"/>
        <source>Remove the PIN</source>
        <translation>删除 PIN 码</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="304"/>
        <source>Lock after this long without use:</source>
        <translation>未使用多长时间后锁定：</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="305"/>
        <source>New PIN (4 to 12 digits):</source>
        <translation>新 PIN 码（4 到 12 位数字）：</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="306"/>
        <source>The PIN again:</source>
        <translation>再次输入 PIN 码：</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="307"/>
        <source>The data on this computer is encrypted. Its key is kept in this computer&apos;s keyring, which your sign-in to the computer opens: keep that sign-in to yourself.</source>
        <translation>此计算机上的数据已加密。其密钥保存在此计算机的钥匙串中，登录计算机即可打开钥匙串：请勿与他人共用您的登录。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="308"/>
        <source>Your headquarters password and your PIN open the window on this computer.</source>
        <translation>您的总部密码和 PIN 码均可在此计算机上解锁窗口。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="311"/>
        <source>The data on this computer is encrypted with the passphrase typed each time it opens. Without the passphrase nobody can read it.</source>
        <translation>此计算机上的数据已使用每次打开时输入的密码短语加密。没有该密码短语，任何人都无法读取这些数据。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="312"/>
        <source>Your headquarters password opens the window on this computer. A PIN is quicker to type.</source>
        <translation>您的总部密码可在此计算机上解锁窗口。PIN 码输入更快。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="314"/>
        <source>Your PIN opens the window on this computer.</source>
        <translation>您的 PIN 码可在此计算机上解锁窗口。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="315"/>
        <source>Nobody has logged in to headquarters on this computer yet: choose a PIN so that the window can lock.</source>
        <translation>此计算机上尚无人登录总部：请设置 PIN 码，以便窗口可以锁定。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="309"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="310"/>
        <source>A PIN has 4 to 12 digits.</source>
        <translation>PIN 码为 4 到 12 位数字。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="313"/>
        <source>The settings could not be kept: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/lock.py" line="185"/>
        <source>Too many wrong tries: wait %n second(s).</source>
        <translation>
            <numerusform>错误尝试次数过多：请等待 %n 秒。</numerusform>
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
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="168"/>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="169"/>
        <source>Grants</source>
        <translation>赠款</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170"/>
        <source>Trash</source>
        <translation>回收站</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="170"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="285"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="171"/>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="183"/>
        <source>Conflicts (%n)</source>
        <translation>
            <numerusform>冲突（%n）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="189"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="190"/>
        <source>&amp;New organization</source>
        <translation>新建组织(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="192"/>
        <source>New &amp;activity</source>
        <translation>新建活动(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="194"/>
        <source>New &amp;grant</source>
        <translation>新建赠款(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="195"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="196"/>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="197"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="206"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="208"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="214"/>
        <source>&amp;Open data folder…</source>
        <translation>打开数据文件夹(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="216"/>
        <source>New data &amp;folder…</source>
        <translation>新建数据文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="221"/>
        <source>&amp;Lock Now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="222"/>
        <source>Lock Se&amp;ttings…</source>
        <translation>锁定设置(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="231"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="232"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="234"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="237"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="241"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="245"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="252"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="255"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="256"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="259"/>
        <source>&amp;Cancel the sync</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="265"/>
        <source>Sync by &amp;File</source>
        <translation>通过文件同步(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Write a File for Headquarters…</source>
        <translation>为总部写入文件(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="269"/>
        <source>&amp;Read a Reply from Headquarters…</source>
        <translation>读取总部的回复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="275"/>
        <source>Computers of the &amp;Project…</source>
        <translation>项目的计算机(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="281"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="282"/>
        <source>&amp;About Looking Beyond</source>
        <translation>关于 Looking Beyond(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="335"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="341"/>
        <source>The system&apos;s language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="470"/>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="475"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="496"/>
        <source>Last sync: never</source>
        <translation>上次同步：从未</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="477"/>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="638"/>
        <source>Headquarters: not enrolled</source>
        <translation>总部：未注册</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="479"/>
        <source>Log in on the Sync page to connect this computer.</source>
        <translation>请在“同步”页面登录，以连接本计算机。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="493"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="495"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="550"/>
        <source>Writing the file for headquarters…</source>
        <translation>正在写入给总部的文件…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="551"/>
        <source>Reading the reply from headquarters…</source>
        <translation>正在读取总部的回复…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="556"/>
        <source>The file for headquarters is written.</source>
        <translation>给总部的文件已写入。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="562"/>
        <source>The file could not be written.</source>
        <translation>无法写入文件。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="563"/>
        <source>The reply could not be read.</source>
        <translation>无法读取回复。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="574"/>
        <source>The reply from headquarters is read.</source>
        <translation>已读取总部的回复。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="600"/>
        <source>Syncing with headquarters…</source>
        <translation>正在与总部同步…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="611"/>
        <source>Sync finished.</source>
        <translation>同步完成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="625"/>
        <source>The next try is in %n minute(s).</source>
        <translation>
            <numerusform>%n分钟后再次尝试。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="636"/>
        <source>Headquarters: reachable</source>
        <translation>总部：可连接</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="637"/>
        <source>Headquarters: unreachable</source>
        <translation>总部：无法连接</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="650"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="672"/>
        <source>This computer has never synced with headquarters: your changes exist only here.</source>
        <translation>本计算机从未与总部同步：您的更改仅存在于本计算机上。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="685"/>
        <source>No sync with headquarters for %n day(s): your recent changes exist only on this computer.</source>
        <translation>
            <numerusform>已有%n天未与总部同步：您最近的更改仅存在于本计算机上。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="718"/>
        <source>Looking Beyond — demo data</source>
        <translation>Looking Beyond — 演示数据</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/main_window.py" line="773"/>
        <source>The new organization “%1” that you set aside is not saved. Close and lose it? (Cancel, then “Back to it”, to save it.)</source>
        <translation>您暂存的新组织“%1”尚未保存。要关闭并丢弃它吗？（如需保存，请点击“取消”，然后点击“返回编辑”。）</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="331"/>
        <source>Match the columns</source>
        <translation>匹配各列</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="332"/>
        <source>Choose where the rows go and which field each column fills. Columns set to “Not imported” are left out.</source>
        <translation>请选择各行导入到何处以及每列填入哪个字段。设为“不导入”的列将被略去。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>First value</source>
        <translation>第一个值</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="343"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="361"/>
        <source>&amp;Import into:</source>
        <translation>导入到(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="411"/>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="419"/>
        <source>These columns were matched as you matched them last time for this file layout.</source>
        <translation>这些列已按您上次对此文件布局的匹配方式进行匹配。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="454"/>
        <source>Choose a column for: %1.</source>
        <translation>请为以下字段选择列：%1。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="458"/>
        <source>Several columns fill the same field: %1.</source>
        <translation>多个列填入同一字段：%1。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="461"/>
        <source>Choose a field for at least one column.</source>
        <translation>请至少为一列选择字段。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="198"/>
        <source>Merge the two values</source>
        <translation>合并两个值</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/conflicts_page.py" line="199"/>
        <source>Both values are below. Edit them into the one to keep.</source>
        <translation>两个值如下。请将其编辑为要保留的值。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="112"/>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="299"/>
        <source>Merge two organizations</source>
        <translation>合并两个组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="120"/>
        <source>Choose the record to keep and, for each field that differs, the value it keeps. The other record&apos;s contacts, participation, grants and co-organizing move to the kept one; its names become other names of the kept one. It is kept out of sight as a pointer, so that what other computers add to it before they hear of the merge lands on the kept one.</source>
        <translation>请选择要保留的记录，并为每个不同的字段选择保留的值。另一条记录的联系人、参与记录、赠款和共同组织的活动将转到保留的记录；其名称成为保留记录的其他名称。另一条记录将被隐藏，作为指向保留记录的指针，这样其他计算机在得知合并之前向其添加的内容将归入保留的记录。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="128"/>
        <source>Keep:</source>
        <translation>保留：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="148"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="163"/>
        <source>One of the two organizations is no longer here.</source>
        <translation>两个组织中有一个已不存在。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="199"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="200"/>
        <source>Kept record: %1</source>
        <translation>保留的记录：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="201"/>
        <source>Other record: %1</source>
        <translation>另一条记录：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230"/>
        <source>newer</source>
        <translation>较新</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="230"/>
        <source>the kept record has none</source>
        <translation>保留的记录中没有此值</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="233"/>
        <source>Proposed: %1</source>
        <translation>建议：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="238"/>
        <source>The two records hold the same values.</source>
        <translation>两条记录的值相同。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="249"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="251"/>
        <source>%n participation record(s)</source>
        <translation>
            <numerusform>%n条参与记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="253"/>
        <source>%n grant(s)</source>
        <translation>
            <numerusform>%n笔赠款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="255"/>
        <source>%n co-organized activity(ies)</source>
        <translation>
            <numerusform>%n项共同组织的活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="256"/>
        <source>Moves to the kept record: %1.</source>
        <translation>将转到保留的记录：%1。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="257"/>
        <source>Nothing else names the other record.</source>
        <translation>没有其他内容引用另一条记录。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="258"/>
        <source>“%1” becomes one of the kept record&apos;s other names.</source>
        <translation>“%1”将成为保留记录的其他名称之一。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="260"/>
        <source>Edit &gt; Undo takes the merge back.</source>
        <translation>“编辑 &gt; 撤销”可撤回此次合并。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="277"/>
        <source>Merge “%1” into “%2”</source>
        <translation>将“%1”合并到“%2”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/merge_dialog.py" line="294"/>
        <source>The organizations were not merged: %1</source>
        <translation>未合并这两个组织：%1</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="198"/>
        <source>&amp;Back to it</source>
        <extracomment>How long typing pauses before the name is looked up in the registry (milliseconds).</extracomment>
        <translation>返回编辑(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="201"/>
        <source>Discard it</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="224"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="225"/>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="228"/>
        <source>&amp;Add contact…</source>
        <translation>添加联系人(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="230"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="232"/>
        <source>Delete contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="234"/>
        <source>Save the organization to add its contacts.</source>
        <translation>请先保存组织，再添加其联系人。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="236"/>
        <source>%1 This organization is at risk: these people&apos;s contact details stay on headquarters&apos; and this office&apos;s computers. They are not sent to partners&apos; computers, and exports and reports leave them out unless you ask for them by name.</source>
        <translation>%1 此组织处于危险中：这些人的联系方式只保留在总部和本办事处的计算机上。它们不会发送到合作伙伴的计算机，导出和报告也会略去它们，除非您按名称要求。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="250"/>
        <source>Erase Personal Data…</source>
        <translation>删除个人数据…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="275"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="276"/>
        <source>Representatives</source>
        <translation>代表人数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="281"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="282"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="283"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="284"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="286"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="294"/>
        <source>Protect its people&apos;s contact details</source>
        <translation>保护其人员的联系方式</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="296"/>
        <source>For people in danger if their names were known. Only headquarters and the office of its country receive their contact details, never partners or other countries&apos; offices. Exports and reports leave them out unless you ask for them by name.</source>
        <translation>适用于一旦姓名被知悉便会面临危险的人员。只有总部和其所在国家的办事处会收到他们的联系方式，合作伙伴和其他国家的办事处永远不会收到。导出和报告会略去它们，除非您按名称要求。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="318"/>
        <source>New organization</source>
        <translation>新建组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="367"/>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="413"/>
        <source>Looking for this organization in the registry…</source>
        <translation>正在登记册中查找此组织…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="481"/>
        <source>Your new organization “%1” was not saved.</source>
        <translation>您的新组织“%1”未保存。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="551"/>
        <source>Looks like %1.</source>
        <translation>可能与以下组织重复：%1。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="552"/>
        <source>Looks like %1, and %n more.</source>
        <translation>
            <numerusform>可能与以下组织重复：%1，另有%n个。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="553"/>
        <source>Show…</source>
        <translation>查看…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="568"/>
        <source>Create “%1”</source>
        <translation>创建“%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="571"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618"/>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="618"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="628"/>
        <source>Add contact “%1”</source>
        <translation>添加联系人“%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="631"/>
        <source>Edit contact “%1”</source>
        <translation>编辑联系人“%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="646"/>
        <source>Delete contact “%1”</source>
        <translation>删除联系人“%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="670"/>
        <source>This person&apos;s data is erased, at headquarters and on this computer.</source>
        <translation>此人的数据已在总部和本计算机上删除。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="687"/>
        <source>This person&apos;s data was already erased.</source>
        <translation>此人的数据此前已被删除。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="689"/>
        <source>Headquarters is being asked to erase a person&apos;s data.</source>
        <translation>正在请求总部删除某人的数据。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="691"/>
        <source>Select a contact first.</source>
        <translation>请先选择一个联系人。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="694"/>
        <source>Erase this person&apos;s name, e-mail, phone, consent date and notes for good, at headquarters and on every computer (needs a connection).</source>
        <translation>在总部和所有计算机上永久删除此人的姓名、电子邮件、电话、同意日期和备注（需要网络连接）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="703"/>
        <source>Erased person</source>
        <translation>已删除的人员</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="704"/>
        <source>There is nothing to edit: headquarters erased this person&apos;s data on %1, on every computer. They still count in the activities they took part in, without a name. If the person joins again, add them as a new contact with their consent.</source>
        <translation>没有可编辑的内容：总部已于 %1 在所有计算机上删除此人的数据。此人仍以无名方式计入其参加过的活动。如果此人再次加入，请在征得其同意后将其添加为新联系人。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="720"/>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="794"/>
        <source>Erase a person&apos;s data</source>
        <translation>删除某人的数据</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="721"/>
        <source>Erase the personal data of “%1” for good?</source>
        <translation>要永久删除“%1”的个人数据吗？</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="724"/>
        <source>Headquarters removes this person&apos;s name, e-mail, phone, consent date and notes now, and every computer that holds them at its next sync, from its backups too. This cannot be undone.

The person stays counted in the activities they took part in, without a name. Erasing needs a connection to headquarters.</source>
        <translation>总部现在会删除此人的姓名、电子邮件、电话、同意日期和备注，所有保存这些数据的计算机会在下次同步时删除它们，备份中的也一并删除。此操作无法撤消。

此人仍以无名方式计入其参加过的活动。删除需要连接总部。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="729"/>
        <source>Erase</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="750"/>
        <source>Asking headquarters to erase this person&apos;s data…</source>
        <translation>正在请求总部删除此人的数据…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="779"/>
        <source>Headquarters erased this person&apos;s data (%1). Syncing, so that this computer removes it too…</source>
        <translation>总部已删除此人的数据（%1）。正在同步，以便本计算机也将其删除…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/editor.py" line="782"/>
        <source>Headquarters erased this person&apos;s data (%1). This computer removes it at its next sync.</source>
        <translation>总部已删除此人的数据（%1）。本计算机会在下次同步时将其删除。</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="44"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="45"/>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="46"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="47"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="48"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="49"/>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="50"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="51"/>
        <source>RLO</source>
        <translation>RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/model.py" line="52"/>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="323"/>
        <source>Not yet synced: changes here wait to be sent to headquarters</source>
        <translation>尚未同步：本机的更改正等待发送至总部</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="324"/>
        <source>At risk: its people&apos;s contact details stay on headquarters&apos; and the owning office&apos;s computers, and exports and reports leave them out unless asked for by name</source>
        <translation>处于危险中：其人员的联系方式只保留在总部和主管办事处的计算机上，导出和报告会略去它们，除非按名称要求</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="325"/>
        <source>Conflict: review it on the Conflicts page</source>
        <translation>冲突：请在“冲突”页面审查</translation>
    </message>
</context>
<context>
    <name>OrganizationsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="70"/>
        <source>Search names, acronyms, cities, notes…</source>
        <extracomment>The search box&apos;s narrowest width (a few words stay readable on a 1024-pixel screen). The list&apos;s narrowest width beside the editor (the name column and a little more).</extracomment>
        <translation>搜索名称、缩写、城市、备注…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="73"/>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="74"/>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="75"/>
        <source>All thematic areas</source>
        <translation>所有专题领域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="76"/>
        <source>All networks</source>
        <translation>所有网络</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="77"/>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="79"/>
        <source>RLOs only</source>
        <translation>仅限RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="82"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="114"/>
        <source>&amp;New organization</source>
        <translation>新建组织(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="116"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="122"/>
        <source>&amp;Merge Two Organizations…</source>
        <translation>合并两个组织(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="124"/>
        <source>Select two records of one organization, then merge them into one</source>
        <translation>选择同一组织的两条记录，然后将其合并为一条</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="220"/>
        <source>%n organization(s)</source>
        <translation>
            <numerusform>%n个组织</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="281"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="316"/>
        <source>Merged. Edit &gt; Undo takes it back.</source>
        <translation>已合并。“编辑 &gt; 撤销”可撤回。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="337"/>
        <source>Delete %n organization(s) and their contacts? They go to the Trash, from where they can be restored.</source>
        <translation>
            <numerusform>是否删除%n个组织及其联系人？它们将移至回收站，可从回收站恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="345"/>
        <source>Delete %n organization(s)</source>
        <translation>
            <numerusform>删除%n个组织</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/organizations/page.py" line="351"/>
        <source>%n organization(s) moved to the Trash.</source>
        <translation>
            <numerusform>已将%n个组织移至回收站。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="44"/>
        <source>Organizations by region</source>
        <translation>按区域分列的组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="45"/>
        <source>Organizations by thematic area</source>
        <translation>按专题领域分列的组织</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="94"/>
        <source>%n organization(s) in the registry</source>
        <translation>
            <numerusform>登记册中有%n个组织</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/overview.py" line="107"/>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
</context>
<context>
    <name>ParticipantDelegate</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="411"/>
        <source>(no one named)</source>
        <translation>（未指明人员）</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="170"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Representatives</source>
        <translation>代表人数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="171"/>
        <source>Men</source>
        <translation>男性</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="172"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="250"/>
        <source>Representatives whose sex was not recorded: representatives minus women and men (computed)</source>
        <translation>未记录性别的代表：代表人数减去女性和男性人数（计算得出）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="326"/>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="327"/>
        <source>“%1” is not a whole number of people (0 or more)</source>
        <translation>“%1”不是有效人数（0或以上的整数）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="328"/>
        <source>cannot be more than %1</source>
        <translation>不能大于%1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="329"/>
        <source>%1 women and men is more than the %2 representatives</source>
        <translation>女性和男性共%1人，多于代表人数%2人</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="780"/>
        <source>Save the activity to add who took part.</source>
        <translation>请先保存活动，再添加参与者。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="783"/>
        <source>Find organizations or people to add</source>
        <translation>查找要添加的组织或人员</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="798"/>
        <source>Tick several with Space or a click (or select them with Shift and Ctrl), then Ctrl+Enter adds them all.</source>
        <translation>用空格键或点击勾选多项（或用Shift和Ctrl选择），然后按Ctrl+Enter全部添加。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="803"/>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="989"/>
        <source>Add &amp;selected</source>
        <translation>添加所选项(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="805"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="807"/>
        <source>New &amp;organization…</source>
        <translation>新建组织(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="810"/>
        <source>From attendance s&amp;heet…</source>
        <translation>从签到表添加(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="822"/>
        <source>Type to change a cell · Tab: next cell · Enter: next row · Ctrl+V: paste from a spreadsheet · Delete: clear or remove · Esc: drop a refused value</source>
        <translation>键入以更改单元格 · Tab：下一单元格 · Enter：下一行 · Ctrl+V：从电子表格粘贴 · Delete：清除或移除 · Esc：放弃被拒绝的值</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="835"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="841"/>
        <source>Loo&amp;k up:</source>
        <translation>查找(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="964"/>
        <source>%1 (already taking part)</source>
        <translation>%1（已在参与）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="988"/>
        <source>Add %n selected</source>
        <translation>
            <numerusform>添加所选的%n项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1017"/>
        <source>Add %n participant(s)</source>
        <translation>
            <numerusform>添加%n个参与者</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1044"/>
        <source>Edit participant “%1”</source>
        <translation>编辑参与者“%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1097"/>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1154"/>
        <source>Nothing was pasted:</source>
        <translation>未粘贴任何内容：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1101"/>
        <source>Paste into %n participant(s)</source>
        <translation>
            <numerusform>粘贴到%n个参与者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1103"/>
        <source>%n pasted line(s) fell below the last participant and were left out.</source>
        <translation>
            <numerusform>有%n行粘贴内容超出最后一个参与者，已略去。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1115"/>
        <source>Nothing was saved:</source>
        <translation>未保存任何内容：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1135"/>
        <source>Paste %n participant(s)</source>
        <translation>
            <numerusform>粘贴%n个参与者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1138"/>
        <source>%n organization(s) pasted.</source>
        <translation>
            <numerusform>已粘贴%n个组织。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1140"/>
        <source>Taken as the closest known name:</source>
        <translation>按最接近的已知名称处理：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1144"/>
        <source>Not found, left out (add them with New organization):</source>
        <translation>未找到，已略去（请用“新建组织”添加）：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1147"/>
        <source>Left out, their organization was on an earlier line (add its numbers to that line):</source>
        <translation>已略去，其组织已在前面的行中（请将人数加到该行）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1169"/>
        <source>Clear %n cell(s)</source>
        <translation>
            <numerusform>清除%n个单元格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1182"/>
        <source>Remove %n participant(s)</source>
        <translation>
            <numerusform>移除%n个参与者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1192"/>
        <source>Remove %n participant(s) from this activity?</source>
        <translation>
            <numerusform>是否从此活动中移除%n个参与者？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1221"/>
        <source>Create “%1” and add it</source>
        <translation>创建“%1”并添加</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1244"/>
        <source>&amp;Add “%1” instead</source>
        <translation>改为添加“%1”(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/participants.py" line="1253"/>
        <source>New organization</source>
        <translation>新建组织</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35"/>
        <source>Choose a Passphrase</source>
        <translation>选择密码短语</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="35"/>
        <source>Unlock the Data</source>
        <translation>解锁数据</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="39"/>
        <source>This computer has no keyring to keep the key that encrypts the data in %1. Choose a passphrase instead: you will type it each time the data is opened.

Keep it safe. Without it nobody, not even headquarters, can read this folder; what was synced can be synced again into a new folder.</source>
        <translation>这台计算机没有可保存加密 %1 中数据的密钥的钥匙串。请改为选择一个密码短语：每次打开数据时都需要输入它。

请妥善保管。没有它，任何人（包括总部）都无法读取此文件夹；已同步的数据可以重新同步到新文件夹中。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="44"/>
        <source>The data in %1 is encrypted with a passphrase. Type it to open the data.</source>
        <translation>%1 中的数据已用密码短语加密。请输入密码短语以打开数据。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="54"/>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="59"/>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71"/>
        <source>&amp;Lock the Data With It</source>
        <translation>用它锁定数据(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="71"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="78"/>
        <source>That passphrase does not open this data. Try again.</source>
        <translation>该密码短语无法打开这些数据。请重试。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="93"/>
        <source>At least %n characters.</source>
        <translation>
            <numerusform>至少 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/passphrase.py" line="95"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="583"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="585"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587"/>
        <source>Create anyway</source>
        <translation>仍然创建</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="587"/>
        <source>Likely already there</source>
        <translation>可能已存在</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="624"/>
        <source>Created anyway</source>
        <translation>仍予创建</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="625"/>
        <source>Skipped: likely a duplicate</source>
        <translation>跳过：可能是重复记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="626"/>
        <source>OK</source>
        <translation>无误</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="671"/>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="672"/>
        <source>Every row is checked with the rules of the forms. A file is imported whole or not at all: fix the rows with problems in the file, save it, then choose Check again.</source>
        <translation>每一行都按表单规则检查。文件要么全部导入，要么完全不导入：请在文件中更正有问题的行并保存，然后选择“重新检查”。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="676"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="680"/>
        <source>Show only rows with &amp;problems or likely duplicates</source>
        <translation>仅显示有问题或可能重复的行(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="684"/>
        <source>S&amp;kip all likely duplicates</source>
        <translation>跳过所有可能重复的行(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="687"/>
        <source>Create all any&amp;way</source>
        <translation>仍然全部创建(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="690"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="692"/>
        <source>Read the file again (after fixing it) and check every row.</source>
        <translation>（更正后）重新读取文件并检查每一行。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="747"/>
        <source>The columns of the file changed: go Back and match them again.</source>
        <translation>文件的列已更改：请返回上一步重新匹配。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="781"/>
        <source>Checking the rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="807"/>
        <source>%n row(s) can be imported.</source>
        <translation>
            <numerusform>可导入%n行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="811"/>
        <source>Rows with problems: %n. Nothing can be imported until they are fixed in the file.</source>
        <translation>
            <numerusform>有问题的行：%n。在文件中更正这些行之前，无法导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="815"/>
        <source>No row has a problem.</source>
        <translation>没有行存在问题。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="818"/>
        <source>%n row(s) look like an organization already in the registry, or one an earlier row creates (in yellow): they are skipped unless you tick “Create anyway”.</source>
        <translation>
            <numerusform>%n行与登记册中已有的组织或前面某行将创建的组织相似（黄色标示）：除非勾选“仍然创建”，否则将跳过这些行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="822"/>
        <source>Skipped now: %n.</source>
        <translation>
            <numerusform>当前跳过：%n行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="825"/>
        <source>%n cell(s) start like a spreadsheet formula (=, +, -, @): they are imported as text.</source>
        <translation>
            <numerusform>%n个单元格以电子表格公式符号（=、+、-、@）开头：将作为文本导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="858"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="859"/>
        <source>The rows are written in one step: all of them, or none.</source>
        <translation>各行一次性写入：要么全部写入，要么全不写入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="889"/>
        <source>Importing %n row(s)… Cancel stops the import and leaves the data as it was.</source>
        <translation>
            <numerusform>正在导入%n行…取消将停止导入，数据保持原样。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="913"/>
        <source>Imported into %1: %2 created, %3 updated, %4 unchanged. Edit ▸ Undo takes the whole import back.</source>
        <translation>已导入到%1：新建%2条，更新%3条，未更改%4条。“编辑 ▸ 撤销”可撤回整个导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="921"/>
        <source>%n likely duplicate(s) skipped.</source>
        <translation>
            <numerusform>已跳过%n条可能的重复记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="934"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>导入已取消：未导入任何内容。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="936"/>
        <source>Nothing was imported: %n row(s) broke a rule (the data changed since the rows were checked). Run the import again to see them.</source>
        <translation>
            <numerusform>未导入任何内容：有%n行违反规则（检查各行后数据已更改）。请重新运行导入以查看这些行。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="940"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="399"/>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="404"/>
        <source>Grants are counted in US dollars with these rates: US dollars for one unit of each currency. They are kept in this data folder only, and every report states their date and source.</source>
        <translation>赠款按以下汇率折算为美元：每种货币一个单位折合的美元数。汇率仅保存在此数据文件夹中，每份报告都会注明其日期和来源。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="412"/>
        <source>e.g. UN operational rates of exchange, treasury.un.org, June 2011</source>
        <translation>例如：联合国业务汇率，treasury.un.org，2011年6月</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="416"/>
        <source>Rates &amp;as of:</source>
        <translation>汇率日期(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="418"/>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="424"/>
        <source>US dollars per unit</source>
        <translation>每单位美元数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="430"/>
        <source>Currency: its three-letter ISO code (EUR). Rate: how many US dollars one unit is worth (1.08).</source>
        <translation>货币：三个字母的ISO代码（EUR）。汇率：一个单位折合多少美元（1.08）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="432"/>
        <source>A&amp;dd currency</source>
        <translation>添加货币(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="435"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="438"/>
        <source>Restore &amp;shipped rates</source>
        <translation>恢复内置汇率(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="440"/>
        <source>Put back the rates that came with the application (saved when you press Save)</source>
        <translation>恢复应用程序自带的汇率（按“保存”后保存）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="495"/>
        <source>The rates could not be read: %1</source>
        <translation>无法读取汇率：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="502"/>
        <source>The rates were not saved: %1</source>
        <translation>汇率未保存：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="511"/>
        <source>The shipped rates are shown: press Save to use them.</source>
        <translation>显示的是内置汇率：按“保存”即可使用。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="545"/>
        <source>Give the date of the rates.</source>
        <translation>请提供汇率日期。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="548"/>
        <source>Say where the rates come from.</source>
        <translation>请说明汇率来源。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="557"/>
        <source>Line %1: “%2” is not a currency code (three letters, e.g. EUR).</source>
        <translation>第%1行：“%2”不是货币代码（三个字母，例如EUR）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="562"/>
        <source>Line %1: %2 is listed twice.</source>
        <translation>第%1行：%2重复列出。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="567"/>
        <source>Line %1: the rate of %2 must be a number above zero (US dollars for one %2).</source>
        <translation>第%1行：%2的汇率必须是大于零的数字（一%2折合的美元数）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="572"/>
        <source>Line %1: one US dollar is worth 1 US dollar.</source>
        <translation>第%1行：一美元即1美元。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="600"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>RefusedModel</name>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="441"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n项更改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="326"/>
        <source>Indicator</source>
        <extracomment>Unicode&apos;s first-strong isolate and its end: a name inside them is laid out in its own direction (an Arabic name right to left, its acronym in brackets on its left) whatever the direction of the table. The order the table shows some sections&apos; columns in (the others: as computed): the most engaged organizations&apos; representatives under the meetings&apos; representatives, their activities in a column as narrow as theirs, so that the table keeps the width of its figures at 1024×600.</extracomment>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="454"/>
        <source>Converted with the rates as of %1 (%2).</source>
        <translation>按%1的汇率折算（%2）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="466"/>
        <source>Not computable: nothing to count it on, or a currency without a rate.</source>
        <translation>无法计算：没有可计算的数据，或某种货币没有汇率。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="469"/>
        <source>Double-click or press Enter to list the records behind it.</source>
        <translation>双击或按Enter列出其所依据的记录。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="471"/>
        <source>Double-click or press Enter to open the organization.</source>
        <translation>双击或按Enter打开该组织。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="171"/>
        <source>All time</source>
        <extracomment>How long the page waits after a change of filter or data before computing again (ms). Characters a filter drop-down shows at its narrowest (its list shows entries whole). Tables whose changes can change the report. The export formats, in the order of the Export menu. The least width of the table&apos;s names (pixels; a longer name is elided, whole in its tooltip). The most characters a text column of the table (an organization&apos;s country) is sized for. The headline figures of the strip, in order (``Report.totals`` keys).</extracomment>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="172"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="173"/>
        <source>Last year</source>
        <translation>去年</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="692"/>
        <source>Ta&amp;ble</source>
        <extracomment>Exports are written here, beside the database worker (they need no database). Each figure column&apos;s width: what its figures need, and with its text whole.</extracomment>
        <translation>表格(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="693"/>
        <source>C&amp;harts</source>
        <translation>图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="694"/>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="752"/>
        <source>The period: an activity counts when it starts in it; an organization is engaged when it took part in, or co-organized, such an activity.</source>
        <translation>期间：活动在此期间开始即计入；组织参加或共同组织此类活动即视为参与。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="757"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="758"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="760"/>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="761"/>
        <source>Any region</source>
        <translation>任何区域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="762"/>
        <source>Organizations based in this UN M49 region or sub-region (activities held there, in the table by region)</source>
        <translation>总部设在此联合国M49区域或次区域的组织（在该地举办的活动见按区域分列的表格）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="766"/>
        <source>Any thematic area</source>
        <translation>任何专题领域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="767"/>
        <source>Organizations working on it, activities on it; a thematic area includes its sub-themes</source>
        <translation>从事该领域工作的组织及该领域的活动；专题领域包括其子专题</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="770"/>
        <source>Any network</source>
        <translation>任何网络</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="771"/>
        <source>Organizations that belong to this network</source>
        <translation>属于此网络的组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="774"/>
        <source>Any office</source>
        <translation>任何办事处</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="775"/>
        <source>Activities this UNODC office organized</source>
        <translation>毒品和犯罪问题办公室该办事处组织的活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="776"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="778"/>
        <source>All time, no filter</source>
        <translation>全部时间，无筛选</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="782"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="783"/>
        <source>&amp;Country:</source>
        <translation>国家(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="784"/>
        <source>&amp;Thematic area:</source>
        <translation>专题领域(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="785"/>
        <source>Net&amp;work:</source>
        <translation>网络(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="786"/>
        <source>&amp;Office:</source>
        <translation>办事处(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="797"/>
        <source>%1: type a date or press F4 for a calendar; empty: no limit.</source>
        <translation>%1：请键入日期，或按F4打开日历；留空：不限。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="812"/>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="824"/>
        <source>Any country</source>
        <translation>任何国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="817"/>
        <source>Organizations based in this country: type its name in any UN language, or its code; or click it on the map</source>
        <translation>总部设在此国的组织：请用任一联合国语文键入国名或键入国家代码，或在地图上点击该国</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="843"/>
        <source>Exchange r&amp;ates…</source>
        <translation>汇率(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="845"/>
        <source>The US-dollar rates grants are converted with: their date and source, to edit</source>
        <translation>赠款折算所用的美元汇率：可编辑其日期和来源</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="848"/>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="850"/>
        <source>Save this report as a PDF, an Excel workbook, a CSV table or JSON</source>
        <translation>将本报告保存为PDF、Excel工作簿、CSV表格或JSON</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854"/>
        <source>&amp;PDF report (A4)…</source>
        <translation>PDF报告（A4）(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="854"/>
        <source>&amp;Excel workbook…</source>
        <translation>Excel工作簿(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855"/>
        <source>&amp;CSV table…</source>
        <translation>CSV表格(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="855"/>
        <source>&amp;JSON (for other programs)…</source>
        <translation>JSON（供其他程序使用）(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="876"/>
        <source>Open fol&amp;der</source>
        <translation>打开文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="879"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="898"/>
        <source>Organizations engaged</source>
        <translation>参与的组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="899"/>
        <source>Representatives</source>
        <translation>代表人数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="900"/>
        <source>Unique people</source>
        <translation>不重复人数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="901"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="902"/>
        <source>Member States in joint activities</source>
        <translation>联合活动涉及的会员国</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="903"/>
        <source>From developing countries</source>
        <translation>来自发展中国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="904"/>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="962"/>
        <source>Organizations engaged, by their country</source>
        <translation>按所在国分列的参与组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="965"/>
        <source>Activities, by where they were held</source>
        <translation>按举办地分列的活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="972"/>
        <source>Click a country to report on it alone; click it again for every country.</source>
        <translation>点击某国可仅就该国生成报告；再次点击则恢复所有国家。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="999"/>
        <source>Custom period</source>
        <translation>自定义期间</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1042"/>
        <source>Not a date: the period keeps its last date.</source>
        <translation>不是日期：期间保留原日期。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1063"/>
        <source>No country is called “%1”: every country is counted.</source>
        <translation>没有名为“%1”的国家：计入所有国家。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1186"/>
        <source>The report could not be computed.</source>
        <translation>无法计算报告。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1187"/>
        <source>The report could not be computed: %1</source>
        <translation>无法计算报告：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1190"/>
        <source>The figures below are those of the last report computed.</source>
        <translation>以下数字为上次计算的报告的数字。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1205"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1207"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1220"/>
        <source>Nothing in this period and these filters: no organization took part in an activity that starts in it. Choose “All time” or clear some filters.</source>
        <translation>在此期间和筛选条件下没有数据：没有组织参加在此期间开始的活动。请选择“全部时间”或清除部分筛选条件。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1227"/>
        <source>not known (never synced, nothing saved)</source>
        <translation>未知（从未同步，未保存任何内容）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1228"/>
        <source>Data as of %1</source>
        <translation>数据截至%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1230"/>
        <source>this computer holds: %1</source>
        <translation>本计算机存有：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1236"/>
        <source>The figures count the records on this computer as they were at the last sync with headquarters (or, never synced, at the last change saved here).</source>
        <translation>这些数字按本计算机上的记录计算，以上次与总部同步时的状态为准（如从未同步，则以本机上次保存更改时的状态为准）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1240"/>
        <source>This computer holds the organizations of: %1. The filters above choose among them.</source>
        <translation>本计算机存有以下范围的组织：%1。上方的筛选条件在其中进行选择。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1334"/>
        <source>%1 not recorded</source>
        <translation>未记录：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1338"/>
        <source>%1 by name</source>
        <translation>其中有姓名者：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1487"/>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1488"/>
        <source>Looking Beyond report %1</source>
        <translation>Looking Beyond报告%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1495"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1496"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1497"/>
        <source>JSON files (*.json)</source>
        <translation>JSON文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1498"/>
        <source>Export the report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/reports_page.py" line="1534"/>
        <source>The report was saved to %1.</source>
        <translation>报告已保存到%1。</translation>
    </message>
</context>
<context>
    <name>StepDateDialog</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="83"/>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="106"/>
        <source>Mark as %1</source>
        <extracomment>The date a step&apos;s date cannot precede (domain/validation.py: _grant&apos;s in_order rules).</extracomment>
        <translation>标记为%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="88"/>
        <source>On which date was this step taken?</source>
        <translation>此步骤是在哪一天完成的？</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="121"/>
        <source>Type a date, or press F4 to pick one from a calendar.</source>
        <translation>请键入日期，或按F4从日历中选择。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="123"/>
        <source>The date cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/grants.py" line="125"/>
        <source>The date cannot be before the previous step (%1).</source>
        <translation>日期不能早于上一步骤（%1）。</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="554"/>
        <source>Synchronisation with headquarters</source>
        <translation>与总部同步</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="568"/>
        <source>Reset and reconcile again…</source>
        <translation>重置并重新核对…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="571"/>
        <source>Ask headquarters for everything again and compare it with what is here.</source>
        <translation>重新向总部索取全部数据，并与本机数据进行比较。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="606"/>
        <source>Headquarters</source>
        <translation>总部</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="615"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="616"/>
        <source>Last successful sync:</source>
        <translation>上次成功同步：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="617"/>
        <source>Waiting to be sent:</source>
        <translation>待发送：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="618"/>
        <source>Conflicts:</source>
        <translation>冲突：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="619"/>
        <source>Last problem:</source>
        <translation>上次问题：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="623"/>
        <source>This application:</source>
        <translation>本应用程序：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="625"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="629"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="651"/>
        <source>Sync by file</source>
        <translation>通过文件同步</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="654"/>
        <source>No connection here? Write a file for headquarters, carry it there (a USB stick, or a colleague who travels), and read the reply headquarters gives you.</source>
        <translation>这里没有网络连接？请为总部写入一个文件，把它带到总部（用U盘，或请出差的同事带去），再读取总部给您的回复。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="658"/>
        <source>Write a File for Headquarters…</source>
        <translation>为总部写入文件…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="662"/>
        <source>Put the changes waiting to be sent, and what this computer asks of headquarters, in one sealed file.</source>
        <translation>将等待发送的更改以及本计算机向总部请求的内容放入一个密封文件。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="665"/>
        <source>Read a Reply from Headquarters…</source>
        <translation>读取总部的回复…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="669"/>
        <source>Read the reply headquarters made for a file from this computer.</source>
        <translation>读取总部针对本计算机的文件所做的回复。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="697"/>
        <source>Log in to headquarters</source>
        <translation>登录总部</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="700"/>
        <source>Connect this computer once with your headquarters account. The password is not kept: headquarters gives this computer a key that stays in the system keyring.</source>
        <translation>请用您的总部账户将本计算机连接一次。密码不会保存：总部会向本计算机发放一个密钥，该密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="706"/>
        <source>https://headquarters.example.org</source>
        <translation>https://headquarters.example.org</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="716"/>
        <source>e.g. NAIROBI-LAPTOP-2</source>
        <translation>例如NAIROBI-LAPTOP-2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="718"/>
        <source>Colleagues see your changes in History, Trash and Conflicts under your user name and this computer&apos;s name: choose one they will recognise.</source>
        <translation>同事会在“历史记录”、“回收站”和“冲突”中看到您的更改，并显示您的用户名和本计算机的名称：请选择同事能够识别的名称。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="720"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="725"/>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="726"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="727"/>
        <source>This &amp;computer&apos;s name:</source>
        <translation>本计算机的名称(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="728"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="739"/>
        <source>Could not sync</source>
        <translation>无法同步</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="748"/>
        <source>Grouped by reason. Open shows the record; Retry sends the change again at the next sync once the reason is dealt with (for example your rights were extended); Discard gives it up and keeps the values on the Conflicts page, where they can be sent again later.</source>
        <translation>按原因分组。“打开”显示记录；“重试”在原因解决后（例如您的权限已扩大）于下次同步时重新发送更改；“放弃”则放弃更改，并将其值保留在“冲突”页面，以后可从该页面重新发送。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="774"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="776"/>
        <source>Show the selected record in its page (Enter).</source>
        <translation>在相应页面显示所选记录（Enter）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="778"/>
        <source>&amp;Discard…</source>
        <translation>放弃(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="781"/>
        <source>Give up the selected changes (Delete). Their values stay on the Conflicts page, where they can be sent again.</source>
        <translation>放弃所选更改（Delete）。其值保留在“冲突”页面，可从该页面重新发送。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="784"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="786"/>
        <source>Send the selected changes again (all of them when none is selected).</source>
        <translation>重新发送所选更改（未选择时发送全部更改）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="794"/>
        <source>Records headquarters sent that this version could not store. The rest of the sync went on; a corrected version from headquarters replaces them by itself.</source>
        <translation>总部发送但本版本无法存储的记录。同步的其余部分照常进行；总部发送更正后的版本时将自动替换这些记录。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800"/>
        <source>What happened</source>
        <translation>发生的情况</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="800"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="830"/>
        <source>%1 as %2, from this computer (%3)</source>
        <translation>%1，用户%2，本计算机（%3）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="834"/>
        <source>%1 as %2</source>
        <translation>%1，用户%2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="837"/>
        <source>Not connected yet: log in below.</source>
        <translation>尚未连接：请在下方登录。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="839"/>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="840"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n项更改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="842"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n项待审查</numerusform>
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
        <translation>%1 — 有更新的版本可用：%2。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="878"/>
        <source>Get it from %1</source>
        <translation>下载地址：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="880"/>
        <source>Ask headquarters for it.</source>
        <translation>请向总部索取。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="891"/>
        <source>Headquarters did not accept %n change(s).</source>
        <translation>
            <numerusform>总部未接受%n项更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="898"/>
        <source>See “Could not sync” below.</source>
        <translation>见下方“无法同步”。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="900"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1353"/>
        <source>%n record(s) from headquarters could not be stored here.</source>
        <translation>
            <numerusform>来自总部的%n条记录无法存储在本机。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="902"/>
        <source>No problem</source>
        <translation>无问题</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="939"/>
        <source>an organization</source>
        <translation>一个组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="940"/>
        <source>a contact</source>
        <translation>一个联系人</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="941"/>
        <source>an activity</source>
        <translation>一项活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="942"/>
        <source>a participation</source>
        <translation>一条参与记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="943"/>
        <source>a grant</source>
        <translation>一笔赠款</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="944"/>
        <source>a record</source>
        <translation>一条记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="948"/>
        <source>“%1” is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="950"/>
        <source>“%1” is not valid</source>
        <translation>“%1”无效</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="952"/>
        <source>“%1” could not be read</source>
        <translation>无法读取“%1”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="954"/>
        <source>it has a field this version does not know; installing the newest version may help</source>
        <translation>其中有本版本无法识别的字段；安装最新版本或可解决</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="957"/>
        <source>it belongs to a record that never arrived</source>
        <translation>其所属记录从未收到</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="959"/>
        <source>this version does not know that kind of record</source>
        <translation>本版本无法识别该类记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="961"/>
        <source>this computer&apos;s database refused it</source>
        <translation>本计算机的数据库拒绝了该记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="962"/>
        <source>Headquarters sent %1 this version could not store: %2</source>
        <translation>总部发送了%1，本版本无法存储：%2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1050"/>
        <source>Write a File for Headquarters</source>
        <translation>为总部写入文件</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1051"/>
        <source>Sync files (*.lbsync)</source>
        <translation>同步文件 (*.lbsync)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1070"/>
        <source>Read a Reply from Headquarters</source>
        <translation>读取总部的回复</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1071"/>
        <source>Sync files (*.lbsync);;All files (*)</source>
        <translation>同步文件 (*.lbsync);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1088"/>
        <source>Type the server address, your user name and your password.</source>
        <translation>请键入服务器地址、用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1092"/>
        <source>Give this computer a name that colleagues will recognise, e.g. NAIROBI-LAPTOP-2.</source>
        <translation>请为本计算机取一个同事能够识别的名称，例如NAIROBI-LAPTOP-2。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1100"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1215"/>
        <source>Connecting to headquarters…</source>
        <translation>正在连接总部…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1107"/>
        <source>This computer is now connected to headquarters.</source>
        <translation>本计算机现已连接到总部。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1108"/>
        <source>Connected as %1. The first sync starts now.</source>
        <translation>已以%1身份连接。首次同步现在开始。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1120"/>
        <source>Ask headquarters for all the data again and reconcile it with this computer? Your changes not yet sent are kept and sent as usual. This can take a while on a slow connection.</source>
        <translation>是否重新向总部索取全部数据并与本计算机核对？您尚未发送的更改将予以保留并照常发送。网络较慢时可能需要一些时间。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1123"/>
        <source>Reset and reconcile again</source>
        <translation>重置并重新核对</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1131"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1377"/>
        <source>Many records would be deleted</source>
        <translation>将删除大量记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1132"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1379"/>
        <source>Headquarters&apos; changes would delete %1 of the %2 records on this computer. Nothing has been changed yet.</source>
        <translation>总部的更改将删除本计算机上%2条记录中的%1条。目前尚未作任何更改。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1135"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1385"/>
        <source>Apply these deletions? Choose No if this looks wrong, and ask the Civil Society Team.</source>
        <translation>是否执行这些删除？如果情况似乎有误，请选择“否”，并咨询民间社会小组。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1180"/>
        <source>Discard the change to “%1” that headquarters did not accept? The record goes back to headquarters&apos; version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation>是否放弃总部未接受的对“%1”的更改？下次同步时该记录将恢复为总部版本（如果总部从未有过该记录，则移至回收站）。这些值保留在“冲突”页面，可从该页面重新发送。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1186"/>
        <source>Discard the changes to %n record(s) that headquarters did not accept? Each record goes back to headquarters&apos; version at the next sync (or to the Trash, if headquarters never had it). The values stay on the Conflicts page, where they can be sent again.</source>
        <translation>
            <numerusform>是否放弃总部未接受的对%n条记录的更改？下次同步时每条记录将恢复为总部版本（如果总部从未有过该记录，则移至回收站）。这些值保留在“冲突”页面，可从该页面重新发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1192"/>
        <source>Discard refused changes</source>
        <translation>放弃被拒绝的更改</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1222"/>
        <source>Cancelling after the current round trip…</source>
        <translation>将在本轮往返完成后取消…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1228"/>
        <source>Round trip %1, %n record(s) received</source>
        <translation>
            <numerusform>第%1轮往返，已收到%n条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1235"/>
        <source>Sent %n record(s)</source>
        <translation>
            <numerusform>已发送%n条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1236"/>
        <source>received %n record(s)</source>
        <translation>
            <numerusform>已收到%n条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1238"/>
        <source>%n new conflict(s) to review</source>
        <translation>
            <numerusform>%n个新冲突待审查</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1240"/>
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n项更改被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1242"/>
        <source>%n record(s) from headquarters could not be stored here</source>
        <translation>
            <numerusform>来自总部的%n条记录无法存储在本机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1246"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1346"/>
        <source>%n record(s) left this office&apos;s scope and were removed from this computer.</source>
        <translation>
            <numerusform>%n条记录已超出本办事处的范围，已从本计算机中删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1249"/>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1349"/>
        <source>Headquarters erased the personal data of %n person(s) at their request: removed from this computer too.</source>
        <translation>
            <numerusform>总部已应 %n 人的要求删除其个人数据：本计算机上的也已删除。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1276"/>
        <source>Writing the file for headquarters…</source>
        <translation>正在写入给总部的文件…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1277"/>
        <source>Reading the reply from headquarters…</source>
        <translation>正在读取总部的回复…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1289"/>
        <source>The file carries %n changed record(s) made on this computer, and asks headquarters for what changed since this computer last heard from it.</source>
        <translation>
            <numerusform>该文件包含本计算机上更改的%n条记录，并向总部请求自本计算机上次与总部联系以来的更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1293"/>
        <source>The file carries no changes (nothing is waiting to be sent); it asks headquarters for what changed since this computer last heard from it.</source>
        <translation>该文件不包含任何更改（没有等待发送的内容）；它向总部请求自本计算机上次与总部联系以来的更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1298"/>
        <source>It also carries %n conflict(s) settled here.</source>
        <translation>
            <numerusform>它还包含在此处解决的%n个冲突。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1301"/>
        <source>%n further change(s) did not fit: they go in the next file.</source>
        <translation>
            <numerusform>另有%n项更改未能放入：它们将放入下一个文件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1303"/>
        <source>It is sealed for headquarters: nobody else can read it, and any change to it is detected. The changes stay “not sent” until the reply is read here.</source>
        <translation>该文件已为总部密封：其他人无法读取，对其的任何改动都会被发现。在此处读取回复之前，这些更改仍为“未发送”。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1307"/>
        <source>Written to %1 (%2 KB).</source>
        <translation>已写入 %1（%2 KB）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1310"/>
        <source>Next: carry it to headquarters. There it is read with “%1” or on headquarters&apos; %2 page. Bring back the reply it gives and choose “Read a Reply from Headquarters…”.</source>
        <translation>下一步：把它带到总部。总部使用“%1”或在总部的 %2 页面读取它。把得到的回复带回来，然后选择“读取总部的回复…”。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1327"/>
        <source>Every change made here has reached headquarters.</source>
        <translation>在此处所做的所有更改均已送达总部。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1329"/>
        <source>%n change(s) made here are still waiting to be sent.</source>
        <translation>
            <numerusform>在此处所做的%n项更改仍在等待发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1332"/>
        <source>This reply was read on this computer before; nothing changed.</source>
        <translation>此回复之前已在本计算机上读取过；没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1334"/>
        <source>Read the reply headquarters made on %1.</source>
        <translation>已读取总部于 %1 所做的回复。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1336"/>
        <source>Received %n record(s)</source>
        <translation>
            <numerusform>已收到%n条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1338"/>
        <source>%n value(s) corrected by headquarters</source>
        <translation>
            <numerusform>总部更正了%n个值</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1341"/>
        <source>Headquarters refused %n change(s): see “Could not sync” below.</source>
        <translation>
            <numerusform>总部拒绝了%n项更改：请参阅下方的“无法同步”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1344"/>
        <source>%n conflict(s) to review.</source>
        <translation>
            <numerusform>%n个冲突待审查。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1357"/>
        <source>Headquarters has more for this computer: write a new file and carry it there again.</source>
        <translation>总部还有更多给本计算机的内容：请写入一个新文件，再次把它带到总部。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1383"/>
        <source>Headquarters&apos; reply would delete many of the records on this computer. Nothing has been changed yet.</source>
        <translation>总部的回复将删除本计算机上的大量记录。目前尚未进行任何更改。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="1402"/>
        <source>Trying again in %n minute(s).</source>
        <translation>
            <numerusform>%n分钟后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_worker.py" line="301"/>
        <source>This data folder holds demo data, which must never reach headquarters, so it cannot be connected to headquarters or synced. Keep it for trying the application. For real work, start a new data folder: File &gt; New data folder… (or run: lookingbeyond gui --data-dir NEW_FOLDER), then log in there.</source>
        <extracomment>Codes after which the device must log in again (its token is missing or no longer valid).</extracomment>
        <translation>此数据文件夹存有演示数据，演示数据绝不能发送到总部，因此该文件夹无法连接总部或进行同步。请保留它用于试用本应用程序。如需实际工作，请新建数据文件夹：文件 &gt; 新建数据文件夹…（或运行：lookingbeyond gui --data-dir NEW_FOLDER），然后在新文件夹中登录。</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="43"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44"/>
        <source>Deleted</source>
        <translation>删除时间</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="44"/>
        <source>Deleted by</source>
        <translation>删除者</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="45"/>
        <source>Where</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="51"/>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="65"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="66"/>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="67"/>
        <source>Grant</source>
        <translation>赠款</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="93"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="105"/>
        <source>%n deleted record(s). Restoring an organization or an activity also brings back the contacts or participants deleted with it.</source>
        <translation>
            <numerusform>%n条已删除记录。恢复组织或活动时，与其一并删除的联系人或参与者也会恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="121"/>
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>恢复%n条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/trash.py" line="129"/>
        <source>Restore %n record(s)?</source>
        <translation>
            <numerusform>是否恢复%n条记录？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorldMapWidget</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="567"/>
        <source>World map</source>
        <extracomment>The open sea of the South Pacific, west of South America, as shares of the frame&apos;s width and height from its lower-left corner: where the legend covers no land. ISO alpha-2 code of the country picked, &quot;&quot; when the pick is cleared.</extracomment>
        <translation>世界地图</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="662"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="663"/>
        <source>%n organization(s) engaged</source>
        <translation>
            <numerusform>%n个组织参与</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="664"/>
        <source>%n activity(ies) held</source>
        <translation>
            <numerusform>举办%n项活动</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="715"/>
        <source>Activities held</source>
        <translation>举办的活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="716"/>
        <source>Organizations engaged</source>
        <translation>参与的组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="829"/>
        <source>Countries coloured by the number of activities held there.</source>
        <translation>各国按所举办活动的数量着色。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="831"/>
        <source>Countries coloured by the number of organizations engaged there.</source>
        <translation>各国按参与组织的数量着色。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="833"/>
        <source>Arrow keys go from country to country, Enter filters the report by one, Escape clears the filter.</source>
        <translation>方向键在各国之间移动，Enter按所选国家筛选报告，Esc清除筛选。</translation>
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
        <translation>新建数据文件夹：请选择或新建一个空文件夹</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="172"/>
        <source>Open a data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="179"/>
        <source>This data folder is already open.</source>
        <translation>此数据文件夹已打开。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="183"/>
        <source>%1 already holds Looking Beyond data. Open it as it is?</source>
        <translation>%1中已有Looking Beyond数据。是否按原样打开？</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="188"/>
        <source>There is no Looking Beyond data in %1. Start a new data folder there?</source>
        <translation>%1中没有Looking Beyond数据。是否在该处新建数据文件夹？</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="208"/>
        <source>Encrypting the data on this computer…</source>
        <translation>正在加密此计算机上的数据…</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="301"/>
        <source>Backed up the data (%1 MB).</source>
        <translation>已备份数据（%1 MB）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="306"/>
        <source>The automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="347"/>
        <source>Headquarters asked for this computer&apos;s copy of the registry to be erased. Everything it had not sent was received first. The data, its backups and logs, and the sign-in on this computer are now erased.</source>
        <translation>总部要求删除此计算机上的登记册副本。所有尚未发送的内容已先被接收。此计算机上的数据、其备份和日志以及登录信息现已删除。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/app.py" line="352"/>
        <source>Headquarters could not be told yet; the data is erased all the same.</source>
        <translation>暂时无法通知总部；数据仍已删除。</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="generated_strings.py" line="202"/>
        <source>A record no longer on this computer</source>
        <translation>已不在本计算机上的记录</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="203"/>
        <source>Deleted or not</source>
        <translation>是否已删除</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="204"/>
        <source>whole record</source>
        <translation>整条记录</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="205"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="206"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="207"/>
        <source>Present</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="208"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="209"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="210"/>
        <source>changed in two places</source>
        <translation>在两处被更改</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="211"/>
        <source>edited here, deleted elsewhere</source>
        <translation>本机已编辑，他处已删除</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="212"/>
        <source>deleted here, edited elsewhere</source>
        <translation>本机已删除，他处已编辑</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="213"/>
        <source>refused by headquarters, discarded</source>
        <translation>被总部拒绝，已放弃</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="214"/>
        <source>From %1, %2</source>
        <translation>来自%1，%2</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="47"/>
        <source>same or similar name</source>
        <extracomment>The translation context of the reasons. Why two records look like one organization: code → English text (translate in CONTEXT).</extracomment>
        <translation>名称相同或相似</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="48"/>
        <source>name in another script</source>
        <translation>以另一种文字书写的名称</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="49"/>
        <source>same acronym</source>
        <translation>缩写相同</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="50"/>
        <source>same website domain</source>
        <translation>网站域名相同</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="51"/>
        <source>same e-mail domain</source>
        <translation>电子邮件域名相同</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="52"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="53"/>
        <source>same registration number</source>
        <translation>注册号相同</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/matching.py" line="54"/>
        <source>same city</source>
        <translation>城市相同</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_dialogs.py" line="103"/>
        <location filename="generated_strings.py" line="260"/>
        <source>Details are in the log: %1</source>
        <extracomment>The tables MainWindow.open_record can show. Records shown through the record they belong to: a participation in its activity, a person at their organization (table, column holding the owner&apos;s id, owner&apos;s table). Failures whose message says what went wrong and what to do (ui/errors.human_message): a person is not sent to the log for them.</extracomment>
        <translation>详细信息见日志：%1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="253"/>
        <source>Something went wrong that the application did not expect. Your saved work is safe.</source>
        <translation>出现了应用程序未预料到的问题。您已保存的工作不受影响。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="254"/>
        <source>The disk is full, so this was not saved. Free some space on the disk, then try again: nothing already saved was lost.</source>
        <translation>磁盘已满，因此未能保存。请释放磁盘空间，然后重试：已保存的内容均未丢失。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="255"/>
        <source>The database is busy with another program. Close it and try again.</source>
        <translation>数据库正被另一程序使用。请关闭该程序，然后重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="256"/>
        <source>Looking Beyond</source>
        <translation>Looking Beyond</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="257"/>
        <source>The record was not saved: %1</source>
        <translation>记录未保存：%1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="258"/>
        <source>Nothing was saved: %1</source>
        <translation>未保存任何内容：%1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="259"/>
        <source>The disk could not be used: %1</source>
        <translation>无法使用磁盘：%1</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="88"/>
        <location filename="generated_strings.py" line="174"/>
        <source>Record identifier</source>
        <translation>记录标识符</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="89"/>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="92"/>
        <location filename="generated_strings.py" line="175"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="90"/>
        <location filename="generated_strings.py" line="182"/>
        <source>Co-organizers</source>
        <translation>共同组织方</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="91"/>
        <location filename="generated_strings.py" line="187"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="93"/>
        <location filename="generated_strings.py" line="188"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="94"/>
        <location filename="generated_strings.py" line="189"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="95"/>
        <location filename="generated_strings.py" line="190"/>
        <source>Representatives</source>
        <translation>代表人数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="96"/>
        <location filename="generated_strings.py" line="191"/>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="97"/>
        <location filename="generated_strings.py" line="192"/>
        <source>Men</source>
        <translation>男性</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/import_wizard.py" line="98"/>
        <location filename="generated_strings.py" line="156"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="151"/>
        <source>Full name</source>
        <translation>全名</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="152"/>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="153"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="154"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="155"/>
        <source>Consent given on</source>
        <translation>同意日期</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="157"/>
        <source>Id</source>
        <translation>标识符</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="158"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="159"/>
        <source>Other names</source>
        <translation>其他名称</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="160"/>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="161"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="162"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="163"/>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="164"/>
        <source>Thematic areas</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="165"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="166"/>
        <source>Regional lead organization</source>
        <translation>区域牵头组织</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="167"/>
        <source>RLO region</source>
        <translation>RLO区域</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="168"/>
        <source>ECOSOC status</source>
        <translation>经社理事会地位</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="169"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="170"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="171"/>
        <source>Verified on</source>
        <translation>核实日期</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="172"/>
        <source>At risk</source>
        <translation>处于危险中</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="173"/>
        <source>Merged into</source>
        <translation>已合并到</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="176"/>
        <source>Erased on</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="177"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="178"/>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="179"/>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="180"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="181"/>
        <source>Organizing office</source>
        <translation>组织办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="183"/>
        <source>Member States involved</source>
        <translation>涉及的会员国</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="184"/>
        <source>Intergovernmental meeting</source>
        <translation>政府间会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="185"/>
        <source>Outcomes</source>
        <translation>成果</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="186"/>
        <source>Follow-up</source>
        <translation>后续行动</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="193"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="194"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="195"/>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="196"/>
        <source>Follows the meeting</source>
        <translation>跟进的会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="197"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="198"/>
        <source>Approved on</source>
        <translation>核准日期</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="199"/>
        <source>Disbursed on</source>
        <translation>拨付日期</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="200"/>
        <source>Report received on</source>
        <translation>收到报告日期</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="201"/>
        <source>Activities paid for</source>
        <translation>资助的活动</translation>
    </message>
</context>
<context>
    <name>leave</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="27"/>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="29"/>
        <source>Save your changes to “%1”?</source>
        <translation>是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="31"/>
        <source>Save this new record?</source>
        <translation>是否保存此新记录？</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/leave.py" line="32"/>
        <source>If you discard them, your changes are lost.</source>
        <translation>如果放弃，您的更改将丢失。</translation>
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
        <translation>Looking Beyond的数据文件已损坏，因此应用程序无法信任从中读取的内容。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="318"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="319"/>
        <source>Restore the backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="320"/>
        <source>The automatic backup failed; see the log.</source>
        <translation>自动备份失败；请查看日志。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="321"/>
        <source>An automatic backup from %1 is available. Restoring it brings back the data as it was then; the next sync fetches from headquarters what this computer had synced since. Edits made after the backup and not yet synced cannot be recovered. The damaged file is kept in the data folder, not deleted.</source>
        <translation>有一份%1的自动备份可用。恢复该备份会将数据还原到当时的状态；下次同步时将从总部取回本计算机此后已同步的内容。备份之后所作且尚未同步的编辑无法恢复。损坏的文件将保留在数据文件夹中，不会被删除。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="322"/>
        <source>There is no usable backup in %1. Ask the Civil Society Team for help; the damaged file is left as it is.</source>
        <translation>%1中没有可用的备份。请向民间社会小组寻求帮助；损坏的文件保持原样。</translation>
    </message>
</context>
<context>
    <name>people</name>
    <message>
        <location filename="generated_strings.py" line="267"/>
        <source>this computer</source>
        <translation>本计算机</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="268"/>
        <source>another computer</source>
        <translation>另一台计算机</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="269"/>
        <source>Computer id: %1</source>
        <translation>计算机标识符：%1</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="270"/>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>reference</name>
    <message>
        <location filename="generated_strings.py" line="41"/>
        <source>Africa</source>
        <translation>非洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="42"/>
        <source>Northern Africa</source>
        <translation>北非</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="43"/>
        <source>Sub-Saharan Africa</source>
        <translation>撒哈拉以南非洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="44"/>
        <source>Eastern Africa</source>
        <translation>东部非洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="45"/>
        <source>Middle Africa</source>
        <translation>中部非洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="46"/>
        <source>Southern Africa</source>
        <translation>南部非洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="47"/>
        <source>Western Africa</source>
        <translation>西部非洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="48"/>
        <source>Americas</source>
        <translation>美洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="49"/>
        <source>Latin America and the Caribbean</source>
        <translation>拉丁美洲和加勒比</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="50"/>
        <source>Caribbean</source>
        <translation>加勒比</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="51"/>
        <source>Central America</source>
        <translation>中美洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="52"/>
        <source>South America</source>
        <translation>南美洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="53"/>
        <source>Northern America</source>
        <translation>北美洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="54"/>
        <source>Asia</source>
        <translation>亚洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="55"/>
        <source>Central Asia</source>
        <translation>中亚</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="56"/>
        <source>Eastern Asia</source>
        <translation>东亚</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="57"/>
        <source>South-eastern Asia</source>
        <translation>东南亚</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="58"/>
        <source>Southern Asia</source>
        <translation>南亚</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="59"/>
        <source>Western Asia</source>
        <translation>西亚</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="60"/>
        <source>Europe</source>
        <translation>欧洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="61"/>
        <source>Eastern Europe</source>
        <translation>东欧</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="62"/>
        <source>Northern Europe</source>
        <translation>北欧</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="63"/>
        <source>Channel Islands</source>
        <translation>海峡群岛</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="64"/>
        <source>Southern Europe</source>
        <translation>南欧</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="65"/>
        <source>Western Europe</source>
        <translation>西欧</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="66"/>
        <source>Oceania</source>
        <translation>大洋洲</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="67"/>
        <source>Australia and New Zealand</source>
        <translation>澳大利亚和新西兰</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="68"/>
        <source>Melanesia</source>
        <translation>美拉尼西亚</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="69"/>
        <source>Micronesia</source>
        <translation>密克罗尼西亚</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="70"/>
        <source>Polynesia</source>
        <translation>波利尼西亚</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="71"/>
        <source>Drugs and health</source>
        <translation>毒品与健康</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="72"/>
        <source>Drug use prevention</source>
        <translation>预防吸毒</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="73"/>
        <source>Drug dependence treatment and care</source>
        <translation>药物依赖治疗和护理</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="74"/>
        <source>Rehabilitation and reintegration of people who use drugs</source>
        <translation>吸毒者的康复和重新融入社会</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="75"/>
        <source>HIV/AIDS prevention and care</source>
        <translation>艾滋病毒/艾滋病预防和护理</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="76"/>
        <source>Sustainable livelihoods and alternative development</source>
        <translation>可持续生计和替代发展</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="77"/>
        <source>Countering illicit drug trafficking</source>
        <translation>打击非法药物贩运</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="78"/>
        <source>Anti-corruption</source>
        <translation>反腐败</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="79"/>
        <source>Ratification and implementation of UNCAC</source>
        <translation>《联合国反腐败公约》的批准和实施</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="80"/>
        <source>UNCAC Review Mechanism</source>
        <translation>《联合国反腐败公约》实施情况审议机制</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="81"/>
        <source>Prevention of corruption, integrity and transparency</source>
        <translation>预防腐败、廉正和透明度</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="82"/>
        <source>Judicial integrity and access to justice</source>
        <translation>司法廉正和诉诸司法</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="83"/>
        <source>Private sector integrity</source>
        <translation>私营部门廉正</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="84"/>
        <source>Asset recovery</source>
        <translation>资产追回</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="85"/>
        <source>Crime prevention and criminal justice</source>
        <translation>预防犯罪和刑事司法</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="86"/>
        <source>Trafficking in persons</source>
        <translation>贩运人口</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="87"/>
        <source>Smuggling of migrants</source>
        <translation>偷运移民</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="88"/>
        <source>Transnational organized crime</source>
        <translation>跨国有组织犯罪</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="89"/>
        <source>Terrorism prevention</source>
        <translation>预防恐怖主义</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="90"/>
        <source>Small arms and firearms control</source>
        <translation>小武器和枪支管制</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="91"/>
        <source>Environmental crime</source>
        <translation>环境犯罪</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="92"/>
        <source>Crime prevention, including among youth</source>
        <translation>预防犯罪，包括青年中的犯罪</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="93"/>
        <source>Criminal justice and prison reform</source>
        <translation>刑事司法和监狱改革</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="94"/>
        <source>Victim and witness protection</source>
        <translation>被害人和证人保护</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="95"/>
        <source>Juvenile justice</source>
        <translation>少年司法</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="96"/>
        <source>Vienna NGO Committee on Drugs</source>
        <translation>维也纳非政府组织麻醉药品委员会</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="97"/>
        <source>Alliance of NGOs on Crime Prevention and Criminal Justice</source>
        <translation>预防犯罪和刑事司法非政府组织联盟</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="98"/>
        <source>UNCAC Coalition</source>
        <translation>《联合国反腐败公约》联盟</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="99"/>
        <source>Transparency International national chapter</source>
        <translation>透明国际国家分会</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="100"/>
        <source>UNODC Headquarters</source>
        <translation>毒品和犯罪问题办公室总部</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="101"/>
        <source>New York Liaison Office</source>
        <translation>纽约联络处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="102"/>
        <source>Brussels Liaison Office</source>
        <translation>布鲁塞尔联络处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="103"/>
        <source>Regional Office for Eastern Africa</source>
        <translation>东部非洲区域办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="104"/>
        <source>Regional Office for Southern Africa</source>
        <translation>南部非洲区域办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="105"/>
        <source>Regional Office for West and Central Africa</source>
        <translation>西非和中非区域办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="106"/>
        <source>Regional Office for the Middle East and North Africa</source>
        <translation>中东和北非区域办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="107"/>
        <source>Regional Office for South Asia</source>
        <translation>南亚区域办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="108"/>
        <source>Regional Centre for East Asia and the Pacific</source>
        <translation>东亚及太平洋区域中心</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="109"/>
        <source>Regional Office for Central Asia</source>
        <translation>中亚区域办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="110"/>
        <source>Regional Office for the Russian Federation and Belarus</source>
        <translation>俄罗斯联邦和白俄罗斯区域办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="111"/>
        <source>Regional Office for South-Eastern Europe</source>
        <translation>东南欧区域办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="112"/>
        <source>Regional Office for Brazil and the Southern Cone</source>
        <translation>巴西和南锥体区域办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="113"/>
        <source>Regional Office for Mexico and Central America</source>
        <translation>墨西哥和中美洲区域办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="114"/>
        <source>Regional Office for Central America and the Caribbean</source>
        <translation>中美洲和加勒比区域办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="115"/>
        <source>Country Office in Afghanistan</source>
        <translation>阿富汗国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="116"/>
        <source>Country Office in Pakistan</source>
        <translation>巴基斯坦国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="117"/>
        <source>Country Office in the Islamic Republic of Iran</source>
        <translation>伊朗伊斯兰共和国国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="118"/>
        <source>Country Office in Colombia</source>
        <translation>哥伦比亚国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="119"/>
        <source>Country Office in Peru</source>
        <translation>秘鲁国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="120"/>
        <source>Country Office in Bolivia</source>
        <translation>玻利维亚国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="121"/>
        <source>Country Office in Nigeria</source>
        <translation>尼日利亚国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="122"/>
        <source>Country Office in Guinea-Bissau</source>
        <translation>几内亚比绍国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="123"/>
        <source>Country Office in Myanmar</source>
        <translation>缅甸国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="124"/>
        <source>Country Office in the Lao People&apos;s Democratic Republic</source>
        <translation>老挝人民民主共和国国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="125"/>
        <source>Country Office in Viet Nam</source>
        <translation>越南国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="126"/>
        <source>Country Office in Indonesia</source>
        <translation>印度尼西亚国家办事处</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="127"/>
        <source>Commission on Narcotic Drugs, fifty-second session</source>
        <translation>麻醉药品委员会第五十二届会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="128"/>
        <source>CND 52</source>
        <translation>麻委会第52届</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="129"/>
        <source>Commission on Crime Prevention and Criminal Justice, eighteenth session</source>
        <translation>预防犯罪和刑事司法委员会第十八届会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="130"/>
        <source>CCPCJ 18</source>
        <translation>预防犯罪委员会第18届</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="131"/>
        <source>Conference of the States Parties to the United Nations Convention against Corruption, third session</source>
        <translation>《联合国反腐败公约》缔约国会议第三届会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="132"/>
        <source>CoSP 3</source>
        <translation>缔约国会议第3届</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="133"/>
        <source>Commission on Narcotic Drugs, fifty-third session</source>
        <translation>麻醉药品委员会第五十三届会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="134"/>
        <source>CND 53</source>
        <translation>麻委会第53届</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="135"/>
        <source>Twelfth United Nations Congress on Crime Prevention and Criminal Justice</source>
        <translation>第十二届联合国预防犯罪和刑事司法大会</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="136"/>
        <source>12th Crime Congress</source>
        <translation>第十二届预防犯罪大会</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="137"/>
        <source>Commission on Crime Prevention and Criminal Justice, nineteenth session</source>
        <translation>预防犯罪和刑事司法委员会第十九届会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="138"/>
        <source>CCPCJ 19</source>
        <translation>预防犯罪委员会第19届</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="139"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, first session</source>
        <translation>《联合国反腐败公约》实施情况审议组第一届会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="140"/>
        <source>IRG 1</source>
        <translation>审议组第1届</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="141"/>
        <source>Commission on Narcotic Drugs, fifty-fourth session</source>
        <translation>麻醉药品委员会第五十四届会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="142"/>
        <source>CND 54</source>
        <translation>麻委会第54届</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="143"/>
        <source>Commission on Crime Prevention and Criminal Justice, twentieth session</source>
        <translation>预防犯罪和刑事司法委员会第二十届会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="144"/>
        <source>CCPCJ 20</source>
        <translation>预防犯罪委员会第20届</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="145"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, second session</source>
        <translation>《联合国反腐败公约》实施情况审议组第二届会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="146"/>
        <source>IRG 2</source>
        <translation>审议组第2届</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="147"/>
        <source>Implementation Review Group of the United Nations Convention against Corruption, resumed second session</source>
        <translation>《联合国反腐败公约》实施情况审议组第二届会议续会</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="148"/>
        <source>IRG 2 (resumed)</source>
        <translation>审议组第2届（续会）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="149"/>
        <source>Conference of the States Parties to the United Nations Convention against Corruption, fourth session</source>
        <translation>《联合国反腐败公约》缔约国会议第四届会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="150"/>
        <source>CoSP 4</source>
        <translation>缔约国会议第4届</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="61"/>
        <source>Organizations and representatives by meeting</source>
        <translation>按会议分列的组织和代表</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="62"/>
        <source>Organizations engaged by region</source>
        <translation>按区域分列的参与组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="63"/>
        <source>The countries with the most organizations engaged</source>
        <translation>参与组织最多的国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="64"/>
        <source>Organizations engaged by thematic area</source>
        <translation>按专题领域分列的参与组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="65"/>
        <source>Grants by status, in US dollars</source>
        <translation>按状态分列的赠款（美元）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="66"/>
        <source>Rates as of %1.</source>
        <translation>汇率截至%1。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="67"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="207"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="919"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="942"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="984"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="106"/>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="68"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="884"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1007"/>
        <source>Representatives</source>
        <extracomment>Pages of memory the temporary tables may use (negative: KiB), the connection&apos;s own setting restored afterwards. SQLite&apos;s default, 2 MiB, makes them spill to a file. A further condition on the activities (``a``) when only some matter (a drill into one meeting&apos;s figures): first engagements are then not looked for. Every column of every section (and every headline count): (section, column) → Measure. Headline figures are under the section &quot;totals&quot;, in the row &quot;&quot;. :func:`drill` lists the records of one row; :func:`compute` counts them all at once (a few figures through quicker queries that give the same numbers: see ``_Fast``). The engagements in scope (org, act, reps) of a few organizations, ``chosen`` (a CTE of their ``k`` and ``id``: the candidates among the most engaged): read through the participations&apos; index by organization instead of over every participation; the same rows as ``rep_pall`` and ``rep_coorg`` hold for them. How many bits of the meetings and offices are counted at once (see ``_Fast``). How many organizations the section of the most engaged ones lists.</extracomment>
        <translation>代表人数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="69"/>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="70"/>
        <source>%1 — nothing to show</source>
        <translation>%1 — 无可显示内容</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="71"/>
        <source>Amounts in %1 are left out: no exchange rate.</source>
        <translation>未计入以%1计的金额：无汇率。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/report_charts.py" line="72"/>
        <source>Amounts in a currency without an exchange rate are left out.</source>
        <translation>未计入以无汇率货币计的金额。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="72"/>
        <source>The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations.</source>
        <extracomment>Fill of the classes, lightest first: ColorBrewer &quot;Blues&quot; (9 classes) 3, 4, 5, 7 and 9; distinct on screen and in print, and readable by people with colour-vision deficiency. Fill of a country with no figure. The United Nations&apos; standard disclaimer for maps.</extracomment>
        <translation>本地图所示边界和名称及所用称谓并不意味着联合国正式认可或接受。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/world_map.py" line="485"/>
        <source>None</source>
        <extracomment>Radius of the dot marking a country too small for the map&apos;s scale, in points. The disclaimer&apos;s type size, in points. The most lines the disclaimer wraps onto, and the most of the map&apos;s height it may take, before it is written on one line, elided, its full text in the map&apos;s tooltip. The smallest type of the legend, in points: below it a small map drops the legend.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="60"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="104"/>
        <source>Organizations engaged</source>
        <extracomment>The headline figures, in the order they are shown: key → English label.</extracomment>
        <translation>参与的组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="61"/>
        <source>Representatives (counted at every event)</source>
        <translation>代表人数（每次活动分别计算）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="62"/>
        <source>People (a named contact counted once)</source>
        <translation>人数（有姓名的联系人只计一次）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="63"/>
        <source>Named contacts</source>
        <translation>有姓名的联系人</translation>
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
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="65"/>
        <source>Member States in joint activities</source>
        <translation>联合活动涉及的会员国</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="66"/>
        <source>Organizations from developing countries</source>
        <translation>来自发展中国家的组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="69"/>
        <source>Women among representatives (where recorded)</source>
        <translation>代表中的女性比例（有记录者）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="70"/>
        <source>Representatives whose sex is not recorded</source>
        <translation>未记录性别的代表</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="73"/>
        <source>Joint government–CSO activities</source>
        <translation>政府与民间社会组织联合活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="74"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="136"/>
        <source>Regional lead organizations (RLOs)</source>
        <translation>区域牵头组织（RLO）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="75"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1096"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1138"/>
        <source>Grants</source>
        <translation>赠款</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="76"/>
        <source>Grants in US dollars</source>
        <translation>赠款（美元）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="81"/>
        <source>Organizations that took part in, or co-organized, an activity starting in the period.</source>
        <extracomment>What each headline figure means (a tooltip; docs/reports.md says the same).</extracomment>
        <translation>参加或共同组织在此期间开始的活动的组织。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="84"/>
        <source>Representatives of the organizations at the activities in scope, added up over the activities: a person at two events counts twice.</source>
        <translation>各组织出席范围内活动的代表，按活动累计：一人出席两次活动计为两次。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="88"/>
        <source>Representatives with each named contact counted once however many events they attended; representatives recorded without a name count once per event.</source>
        <translation>代表人数，有姓名的联系人无论出席多少次活动均只计一次；未记录姓名的代表每次活动计一次。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="92"/>
        <source>Contacts named as participants of the activities in scope, each counted once.</source>
        <translation>列为范围内活动参与者的有姓名联系人，每人只计一次。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="95"/>
        <source>Activities in scope: starting in the period (and matching the filters).</source>
        <translation>范围内的活动：在此期间开始（并符合筛选条件）的活动。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="98"/>
        <source>Member States named in the joint government–CSO activities in scope, each counted once.</source>
        <translation>范围内政府与民间社会组织联合活动所列的会员国，每国只计一次。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="101"/>
        <source>Share of the organizations engaged that are based in a developing country (UN M49 classification).</source>
        <translation>参与组织中总部设在发展中国家（联合国M49分类）的比例。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="105"/>
        <source>Women among the representatives whose sex was recorded.</source>
        <translation>有性别记录的代表中的女性比例。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="108"/>
        <source>Share of the representatives whose sex was not recorded.</source>
        <translation>未记录性别的代表所占比例。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="111"/>
        <source>Activities of the type “joint government–CSO activity” in scope.</source>
        <translation>范围内类型为“政府与民间社会组织联合活动”的活动。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="114"/>
        <source>Organizations designated regional lead organizations, whatever the period (a designation, not an event).</source>
        <translation>被指定为区域牵头组织的组织，不论期间（这是一种指定，而非一次活动）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="118"/>
        <source>Seed-funding grants to the organizations covered, approved in the period (grants not yet approved count only without a period).</source>
        <translation>向所涵盖组织提供、在此期间核准的种子资金赠款（尚未核准的赠款仅在未设期间时计入）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="122"/>
        <source>The grants&apos; amounts converted to US dollars with the rate table shown; none when a currency has no rate.</source>
        <translation>按所示汇率表折算为美元的赠款金额；如有货币没有汇率，则不显示。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="130"/>
        <source>Intergovernmental meetings</source>
        <extracomment>Section titles (English source strings).</extracomment>
        <translation>政府间会议</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="131"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="913"/>
        <source>Organizations engaged for the first time</source>
        <translation>首次参与的组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="132"/>
        <source>Organizations and activities by region</source>
        <translation>按区域分列的组织和活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="133"/>
        <source>Organizations and activities by thematic area</source>
        <translation>按专题领域分列的组织和活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="134"/>
        <source>Joint government–CSO activities by Member State</source>
        <translation>按会员国分列的政府与民间社会组织联合活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="137"/>
        <source>Activities by UNODC office</source>
        <translation>按毒品和犯罪问题办公室办事处分列的活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="138"/>
        <source>The most engaged organizations</source>
        <translation>参与最多的组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="139"/>
        <source>Seed funding by status</source>
        <translation>按状态分列的种子资金</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="140"/>
        <source>Seed funding by meeting followed</source>
        <translation>按跟进的会议分列的种子资金</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="141"/>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="187"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="471"/>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="145"/>
        <source>A meeting&apos;s figures include every activity linked to it: the participation in the meeting itself and its side events. Organizations took part or co-organized; representatives are added up over the activities; women and men as recorded; “not recorded”: representatives whose sex was not recorded.</source>
        <translation>会议的数字包括与其相关的所有活动：参加会议本身及其会外活动。组织为参加或共同组织的组织；代表人数按活动累计；女性和男性按记录计；“未记录”：未记录性别的代表。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="151"/>
        <source>Organizations engaged in the period whose first engagement ever (in any activity this computer holds) was in that year.</source>
        <translation>在此期间参与、且首次参与（本计算机存有的任何活动中）发生在该年份的组织。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="155"/>
        <source>Organizations engaged, by the country they are based in; activities in scope, by the country where they were held (UN M49 regions and sub-regions).</source>
        <translation>参与组织按其总部所在国分列；范围内的活动按举办国分列（联合国M49区域和次区域）。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="159"/>
        <source>Organizations engaged that work on the theme (their thematic areas); activities in scope on the theme.  An area includes its sub-themes.</source>
        <translation>从事该专题工作（按其专题领域）的参与组织；范围内关于该专题的活动。专题领域包括其子专题。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="163"/>
        <source>Joint government–CSO activities in scope, by Member State involved.</source>
        <translation>范围内的政府与民间社会组织联合活动，按所涉会员国分列。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="166"/>
        <source>Regional lead organizations by the region they lead, and the activities in scope they took part in or co-organized.</source>
        <translation>按所牵头区域分列的区域牵头组织，及其参加或共同组织的范围内活动。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="170"/>
        <source>Activities in scope by the UNODC office that organized them, and the organizations engaged in them.</source>
        <translation>按组织活动的毒品和犯罪问题办公室办事处分列的范围内活动，及参与这些活动的组织。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="174"/>
        <source>The 20 organizations engaged in the most activities in scope (taking part or co-organizing); ties go to the one with more representatives, then by name.</source>
        <translation>参与（参加或共同组织）范围内活动最多的20个组织；数量相同时，代表人数多者居前，其次按名称排序。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="177"/>
        <source>Grants by status, amounts in the currency of each grant and in US dollars at the rates shown.</source>
        <translation>按状态分列的赠款，金额以各笔赠款的货币计，并按所示汇率以美元计。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="181"/>
        <source>Grants by the intergovernmental meeting they follow, and the follow-up activities they paid for.</source>
        <translation>按所跟进的政府间会议分列的赠款，及其资助的后续活动。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="185"/>
        <source>Gaps in the records behind this report: organizations engaged whose record was not verified in the last year, activities in scope with no participation recorded, participations with no count by sex.</source>
        <translation>本报告所依据记录中的缺漏：记录在过去一年内未经核实的参与组织、未记录任何参与情况的范围内活动、未按性别计数的参与记录。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="193"/>
        <source>Organizations not verified for over a year (or never)</source>
        <translation>一年多来未经核实（或从未核实）的组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="196"/>
        <source>Organizations never verified</source>
        <translation>从未核实的组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="197"/>
        <source>Activities without any participation recorded</source>
        <translation>未记录任何参与情况的活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="200"/>
        <source>Participations with no count by sex</source>
        <translation>未按性别计数的参与记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="204"/>
        <source>Not linked to a meeting</source>
        <translation>未与会议关联</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="208"/>
        <source>Organizations engaged (took part or co-organized)</source>
        <translation>参与的组织（参加或共同组织）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="885"/>
        <source>Representatives at the meeting and its side events, added up over the events</source>
        <translation>出席会议及其会外活动的代表，按活动累计</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="887"/>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="888"/>
        <source>Women among them, as recorded</source>
        <translation>其中女性（按记录）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="889"/>
        <source>Men</source>
        <translation>男性</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="890"/>
        <source>Men among them, as recorded</source>
        <translation>其中男性（按记录）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="891"/>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="892"/>
        <source>Representatives whose sex was not recorded</source>
        <translation>未记录性别的代表</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="894"/>
        <source>The participation in the meeting and its side events</source>
        <translation>参加会议及其会外活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="920"/>
        <source>Organizations engaged, based in the region</source>
        <translation>总部设在该区域的参与组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="923"/>
        <source>Activities in scope held in the region</source>
        <translation>在该区域举办的范围内活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="943"/>
        <source>Organizations engaged that work on the theme</source>
        <translation>从事该专题工作的参与组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="946"/>
        <source>Activities in scope on the theme</source>
        <translation>关于该专题的范围内活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="961"/>
        <source>Joint activities</source>
        <translation>联合活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="962"/>
        <source>Joint government–CSO activities in scope involving the Member State</source>
        <translation>涉及该会员国的范围内政府与民间社会组织联合活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="969"/>
        <source>RLOs</source>
        <translation>RLO</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="970"/>
        <source>Regional lead organizations of the region</source>
        <translation>该区域的区域牵头组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="973"/>
        <source>Activities in scope they took part in or co-organized</source>
        <translation>其参加或共同组织的范围内活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="983"/>
        <source>Activities in scope the office organized</source>
        <translation>该办事处组织的范围内活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="985"/>
        <source>Organizations engaged in them</source>
        <translation>参与这些活动的组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1002"/>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="653"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="86"/>
        <source>Country</source>
        <extracomment>How many countries the table under the map lists. The page: A4, its margins (left, top, right, bottom) in millimetres; the footer sits in the bottom margin. The space between two charts, in points.</extracomment>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1003"/>
        <source>The country the organization is based in</source>
        <translation>组织总部所在国</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1005"/>
        <source>Activities in scope it took part in or co-organized</source>
        <translation>其参加或共同组织的范围内活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1008"/>
        <source>Its representatives at those activities, added up over the activities</source>
        <translation>其出席这些活动的代表，按活动累计</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1021"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1098"/>
        <source>Amounts of the grants made in this currency</source>
        <translation>以该货币提供的赠款金额</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1100"/>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1141"/>
        <source>In US dollars</source>
        <translation>折合美元</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1101"/>
        <source>All the grants&apos; amounts converted to US dollars at the rates shown</source>
        <translation>按所示汇率折算为美元的全部赠款金额</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1139"/>
        <source>Follow-up activities</source>
        <translation>后续活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1140"/>
        <source>Activities the grants paid for</source>
        <translation>赠款资助的活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1188"/>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1189"/>
        <source>No organizations on this computer yet</source>
        <translation>本计算机上尚无组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1190"/>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1309"/>
        <source>Name withheld: organization at risk</source>
        <extracomment>The activities that can stand behind a figure of a section (or of one column of it): a drill into it looks at those only. The label of a contact of an at-risk organization in a drill-down (a source string of the ``report`` context: the window translates it).</extracomment>
        <translation>姓名已隐藏：组织处于危险中</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/indicators.py" line="1311"/>
        <source>Erased person</source>
        <extracomment>The label of a person whose data headquarters erased (still counted where they took part).</extracomment>
        <translation>已删除的人员</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="184"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="468"/>
        <source>Policy debate</source>
        <extracomment>The translation context of every report string.</extracomment>
        <translation>政策辩论</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="185"/>
        <source>Regional and thematic partnership</source>
        <translation>区域和专题伙伴关系</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/model.py" line="186"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="470"/>
        <source>Seed funding</source>
        <translation>种子资金</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="87"/>
        <source>Civil society organizations in UNODC&apos;s work: the indicators of the Looking Beyond project</source>
        <translation>民间社会组织参与毒品和犯罪问题办公室工作：Looking Beyond项目指标</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="89"/>
        <source>What this report covers</source>
        <translation>本报告涵盖的范围</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="90"/>
        <source>This computer holds</source>
        <translation>本计算机存有</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="91"/>
        <source>Nothing was counted: no activity in scope starts in this period, or no organization matches these filters.</source>
        <translation>未计入任何内容：范围内没有在此期间开始的活动，或没有符合这些筛选条件的组织。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="93"/>
        <source>How the figures are counted</source>
        <translation>数字的计算方法</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="94"/>
        <source>An organization is engaged in a period when it took part in, or co-organized, an activity that starts in the period. A meeting&apos;s figures include every activity linked to that meeting: the participation in the meeting itself and its side events. People are counted once however many events they attended. The share of women is taken over the participations whose counts by sex are recorded. Amounts in US dollars use the rates stated above. Deleted records never count.</source>
        <translation>组织参加或共同组织在某一期间开始的活动，即视为在该期间参与。会议的数字包括与该会议相关的所有活动：参加会议本身及其会外活动。人员无论出席多少次活动均只计一次。女性比例根据有性别计数记录的参与记录计算。美元金额采用上文所述汇率。已删除的记录一律不计。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="102"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="103"/>
        <source>Organizations engaged by country</source>
        <translation>按国家分列的参与组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="105"/>
        <source>Countries with the most organizations engaged</source>
        <translation>参与组织最多的国家</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="107"/>
        <source>Activities held there</source>
        <translation>在该国举办的活动</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="108"/>
        <source>The figures in full</source>
        <translation>完整数字</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="109"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="110"/>
        <source>Page %1 of %2</source>
        <translation>第%1页，共%2页</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="111"/>
        <source>Looking Beyond report · data as of %1</source>
        <translation>Looking Beyond报告 · 数据截至%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/pdf.py" line="112"/>
        <source>Looking Beyond report</source>
        <translation>Looking Beyond报告</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="74"/>
        <source>Looking Beyond: report on civil society engagement</source>
        <extracomment>The headline figures, in the order the exports and the PDF&apos;s first page show them (the titles are those of :data:`indicators.TOTALS`, the window&apos;s too).</extracomment>
        <translation>Looking Beyond：民间社会参与情况报告</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="75"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="76"/>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="77"/>
        <source>All the data, no filter</source>
        <translation>全部数据，无筛选</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="78"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="79"/>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="80"/>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="81"/>
        <source>all dates</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="82"/>
        <source>from %1</source>
        <translation>自%1起</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="83"/>
        <source>until %1</source>
        <translation>至%1止</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="84"/>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="85"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="201"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="87"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="203"/>
        <source>Thematic area</source>
        <translation>专题领域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="88"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="89"/>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="205"/>
        <source>Office</source>
        <translation>办事处</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="90"/>
        <source>Data as of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="91"/>
        <source>not known (never synced, nothing saved)</source>
        <translation>未知（从未同步，未保存任何内容）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="92"/>
        <source>Generated at</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="93"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="94"/>
        <source>US dollar rates</source>
        <translation>美元汇率</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="95"/>
        <source>as of %1. %2</source>
        <translation>截至%1。%2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="96"/>
        <source>Headline figures</source>
        <translation>主要数字</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="97"/>
        <source>Figure</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="98"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="99"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="100"/>
        <source>Nothing to show.</source>
        <translation>无可显示内容。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="101"/>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="102"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="103"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="104"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="105"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="106"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="107"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="200"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="202"/>
        <source>Member State</source>
        <translation>会员国</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="204"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="206"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="207"/>
        <source>Measure</source>
        <translation>度量</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="208"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="209"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="399"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="400"/>
        <source>count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="401"/>
        <source>share (0 to 1)</source>
        <translation>比例（0至1）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/reports/tables.py" line="469"/>
        <source>Partnership</source>
        <translation>伙伴关系</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="286"/>
        <source>“%1” names a record that was deleted at headquarters meanwhile.</source>
        <translation>“%1”指向的记录在此期间已在总部被删除。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="288"/>
        <source>This organization was merged into another one on one computer and brought back from the Trash on another at the same time: look at both records before trying again.</source>
        <translation>该组织在一台计算机上被合并到另一个组织，同时在另一台计算机上从回收站恢复：请先查看两条记录，然后再试。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="292"/>
        <source>“%1” is empty, and headquarters requires it.</source>
        <translation>“%1”为空，而总部要求填写此项。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="293"/>
        <source>“%1” is longer than headquarters accepts.</source>
        <translation>“%1”超出总部接受的长度。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="294"/>
        <source>“%1” has more entries than headquarters accepts.</source>
        <translation>“%1”的条目数超出总部接受的数量。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="295"/>
        <source>“%1” is not a currency headquarters knows.</source>
        <translation>“%1”中的货币总部无法识别。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="296"/>
        <source>“%1” holds a choice headquarters does not know.</source>
        <translation>“%1”中的选项总部无法识别。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="297"/>
        <source>“%1” is not an e-mail address headquarters accepts.</source>
        <translation>“%1”不是总部接受的电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="298"/>
        <source>“%1” is not a web address headquarters accepts.</source>
        <translation>“%1”不是总部接受的网址。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="299"/>
        <source>“%1” is a date in the future.</source>
        <translation>“%1”是将来的日期。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="300"/>
        <source>“%1” is earlier than the date it must follow.</source>
        <translation>“%1”早于应在其之前的日期。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="301"/>
        <source>“%1” is below zero.</source>
        <translation>“%1”小于零。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="302"/>
        <source>“%1” is larger than headquarters accepts.</source>
        <translation>“%1”超出总部接受的最大值。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="303"/>
        <source>“%1” is fewer than the women and men counted.</source>
        <translation>“%1”少于已统计的女性和男性人数。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="304"/>
        <source>“%1” must be more than zero.</source>
        <translation>“%1”必须大于零。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="305"/>
        <source>“%1” has more decimal places than headquarters accepts.</source>
        <translation>“%1”的小数位数超出总部接受的位数。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="306"/>
        <source>“%1” skips a step: a grant moves one step at a time.</source>
        <translation>“%1”跳过了一步：赠款状态每次只能变动一步。</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/ui/sync_page.py" line="307"/>
        <location filename="generated_strings.py" line="359"/>
        <source>The record is too large to send: shorten its longest texts (notes, outcomes).</source>
        <translation>记录过大，无法发送：请缩短其中最长的文本（备注、成果）。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="330"/>
        <source>Nothing was read from it and nothing was changed here.</source>
        <translation>未从中读取任何内容，此处也未做任何更改。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="331"/>
        <source>Unable to connect to headquarters, or the connection dropped. Nothing was lost; it will be tried again.</source>
        <translation>无法连接总部，或连接已中断。未丢失任何内容；稍后将重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="332"/>
        <source>Headquarters stopped answering in the middle of the sync. Nothing was lost; it will be tried again.</source>
        <translation>总部在同步过程中停止响应。未丢失任何内容；稍后将重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="333"/>
        <source>The name of the headquarters server could not be found. Check the address and the connection.</source>
        <translation>找不到总部服务器的名称。请检查地址和网络连接。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="334"/>
        <source>The reply from headquarters was damaged on the way or could not be read. Nothing was applied and nothing was lost; it will be tried again.</source>
        <translation>总部的答复在传输中损坏或无法读取。未应用任何内容，也未丢失任何内容；稍后将重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="335"/>
        <source>Headquarters is busy. Nothing was lost; it will be tried again.</source>
        <translation>总部繁忙。未丢失任何内容；稍后将重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="336"/>
        <source>Headquarters is busy signing other people in. Nothing was lost; try again in a few seconds.</source>
        <translation>总部正忙于处理其他用户的登录。未丢失任何内容；请几秒钟后重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="337"/>
        <source>This account already has as many computers as headquarters allows. Ask the Civil Society Team to revoke one you no longer use, then log in again.</source>
        <translation>此账户的计算机数量已达到总部允许的上限。请民间社会小组撤销一台您不再使用的计算机，然后重新登录。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="338"/>
        <source>The connection to headquarters was too slow, so headquarters stopped waiting. Nothing was lost; it will be tried again.</source>
        <translation>与总部的连接过慢，总部已停止等待。未丢失任何内容；稍后将重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="339"/>
        <source>The sync needed more round trips than allowed. Nothing was lost; it will be tried again.</source>
        <translation>同步所需的往返次数超过允许的上限。未丢失任何内容；稍后将重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="340"/>
        <source>Something unexpected went wrong during the sync (the details are in the log). Nothing was lost; it will be tried again.</source>
        <translation>同步期间发生意外问题（详细信息见日志）。未丢失任何内容；稍后将重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="341"/>
        <source>Sync cancelled. Changes sent so far are kept.</source>
        <translation>同步已取消。已发送的更改予以保留。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="342"/>
        <source>This computer is not connected to headquarters yet: log in below.</source>
        <translation>本计算机尚未连接总部：请在下方登录。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="343"/>
        <source>Headquarters no longer accepts this computer&apos;s key: log in again.</source>
        <translation>总部不再接受本计算机的密钥：请重新登录。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="344"/>
        <source>This computer has not synced with headquarters for a long time, so its key has expired: log in again. Nothing here is lost.</source>
        <translation>本计算机已长时间未与总部同步，其密钥已过期：请重新登录。本机内容均未丢失。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="345"/>
        <source>Headquarters has withdrawn this computer&apos;s access. Ask the Civil Society Team, then log in again.</source>
        <translation>总部已撤销本计算机的访问权限。请咨询民间社会小组，然后重新登录。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="346"/>
        <source>This version of the application is too old for headquarters: install the new version, then sync.</source>
        <translation>此版本的应用程序过旧，总部不再支持：请安装新版本，然后同步。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="347"/>
        <source>No system keyring is available to keep this computer&apos;s key safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again. The key is never written to a plain file.</source>
        <translation>没有可用的系统密钥环来安全保存本计算机的密钥。在Linux上，请安装并解锁GNOME Keyring或KWallet，然后重新登录。密钥绝不会写入普通文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="348"/>
        <source>The server address is not usable: it should look like https://headquarters.example.org</source>
        <translation>服务器地址无法使用：其格式应类似于https://headquarters.example.org</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="349"/>
        <source>Headquarters&apos; changes would delete many records here, so nothing was changed. Confirm to apply them.</source>
        <translation>总部的更改将删除本机的大量记录，因此未作任何更改。请确认后再应用这些更改。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="350"/>
        <source>The disk is full, so this part of the sync was not saved (nothing was lost). Free some space; the sync is tried again by itself.</source>
        <translation>磁盘已满，因此这部分同步内容未保存（未丢失任何内容）。请释放一些空间；同步将自动重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="351"/>
        <source>This computer does not have headquarters&apos; keys for sync by file yet. Connect it to headquarters once (Sync now, or log in again); from then on it can sync by file.</source>
        <translation>本计算机还没有总部用于文件同步的密钥。请将其与总部连接一次（立即同步，或重新登录）；此后即可通过文件同步。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="352"/>
        <source>Headquarters&apos; reply would delete many records here, so nothing was changed.</source>
        <translation>总部的回复将删除此处的大量记录，因此未做任何更改。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="353"/>
        <source>This computer is not connected to headquarters yet: log in first (once, with a connection); then it can sync by file.</source>
        <translation>本计算机尚未连接到总部：请先登录（一次，需要网络连接）；之后即可通过文件同步。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="354"/>
        <source>No system keyring is available to keep this computer&apos;s keys safely. On Linux install and unlock GNOME Keyring or KWallet, then log in again.</source>
        <translation>没有可用的系统密钥环来安全保存本计算机的密钥。在 Linux 上请安装并解锁 GNOME Keyring 或 KWallet，然后重新登录。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="355"/>
        <source>The system keyring, where this computer&apos;s keys are kept, could not be read. Unlock it (or log in to the computer again), then try again.</source>
        <translation>无法读取保存本计算机密钥的系统密钥环。请解锁它（或重新登录计算机），然后重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="356"/>
        <source>This computer&apos;s disk is full, so the reply could not be saved (nothing was lost). Free some space, then read the reply again.</source>
        <translation>本计算机的磁盘已满，因此无法保存回复（没有丢失任何内容）。请释放一些空间，然后再次读取回复。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="357"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="358"/>
        <source>Headquarters does not allow your account to change this region&apos;s records.</source>
        <translation>总部不允许您的账户更改该区域的记录。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="360"/>
        <source>Headquarters does not have this record in full: Retry sends it whole.</source>
        <translation>总部没有此记录的完整内容：“重试”将发送整条记录。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="361"/>
        <source>Headquarters could not send this record: it may be outside your office&apos;s countries now.</source>
        <translation>总部无法发送此记录：该记录现在可能已不在您办事处负责的国家范围内。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="362"/>
        <source>This version and headquarters do not agree on this kind of record: install the newest version.</source>
        <translation>此版本与总部对此类记录的定义不一致：请安装最新版本。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="363"/>
        <source>This version and headquarters do not agree on a field: install the newest version.</source>
        <translation>此版本与总部对某个字段的定义不一致：请安装最新版本。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="364"/>
        <source>Headquarters could not read this change: install the newest version.</source>
        <translation>总部无法读取此更改：请安装最新版本。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="365"/>
        <source>Headquarters erased this person&apos;s details at their request; your change to them was not kept.</source>
        <translation>总部已应此人的要求删除其数据；您的更改未被保留。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="366"/>
        <source>Headquarters did not accept this change.</source>
        <translation>总部未接受此更改。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="367"/>
        <source>Copy the reply again from headquarters.</source>
        <translation>请重新复制总部的回复。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="368"/>
        <source>There are too many changes for one file. Nothing was lost; ask the Civil Society Team for help.</source>
        <translation>更改太多，一个文件放不下。没有丢失任何内容；请向民间社会小组求助。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="369"/>
        <source>Give it to the computer it belongs to.</source>
        <translation>请把它交给它所属的计算机。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="370"/>
        <source>Write a new file and carry it to headquarters.</source>
        <translation>请写入一个新文件并把它带到总部。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="371"/>
        <source>Something unexpected went wrong while writing the file (the details are in the log). Nothing was lost.</source>
        <translation>写入文件时发生意外错误（详情见日志）。没有丢失任何内容。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="372"/>
        <source>Something unexpected went wrong while reading the reply (the details are in the log). Nothing was lost.</source>
        <translation>读取回复时发生意外错误（详情见日志）。没有丢失任何内容。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="373"/>
        <source>The file could not be written. Nothing was lost.</source>
        <translation>无法写入文件。没有丢失任何内容。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="374"/>
        <source>The reply could not be read. Nothing was changed here.</source>
        <translation>无法读取回复。此处未做任何更改。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="375"/>
        <source>A record it refers to is not at headquarters yet.</source>
        <translation>其引用的某条记录尚未同步至总部。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="376"/>
        <source>Headquarters does not accept this record as it is.</source>
        <translation>总部不接受此记录的现有内容。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="377"/>
        <source>Headquarters refused the request (HTTP %1). Check the server address; if it is right, ask the Civil Society Team.</source>
        <translation>总部拒绝了请求（HTTP %1）。请检查服务器地址；如果地址无误，请咨询民间社会小组。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="378"/>
        <source>The file could not be written there (%1). Nothing was lost: the changes are still waiting to be sent. Check that the USB stick or disk is plugged in and has free space, or choose another place, and write the file again.</source>
        <translation>无法在该位置写入文件（%1）。没有丢失任何内容：这些更改仍在等待发送。请检查U盘或磁盘已插好并有可用空间，或选择其他位置，然后重新写入文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="379"/>
        <source>The file could not be read (%1). Check that the USB stick or disk is plugged in, then try again. Nothing was changed here.</source>
        <translation>无法读取文件（%1）。请检查U盘或磁盘已插好，然后重试。此处未做任何更改。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="380"/>
        <source>This is not a sync file of Looking Beyond.</source>
        <translation>这不是 Looking Beyond 的同步文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="381"/>
        <source>This file was made by a newer version of Looking Beyond: install the newest version to read it.</source>
        <translation>此文件由更新版本的 Looking Beyond 创建：请安装最新版本后再读取。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="382"/>
        <source>This reply was made by another headquarters, not the one this computer is connected to.</source>
        <translation>此回复由另一个总部制作，而不是本计算机所连接的总部。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="383"/>
        <source>This reply was changed after headquarters made it, or was not made by the headquarters this computer is connected to.</source>
        <translation>此回复在总部制作后被改动过，或者并非由本计算机所连接的总部制作。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="384"/>
        <source>This file was written on a computer for headquarters, not a reply from headquarters. Take it to headquarters; a computer reads only the replies headquarters makes.</source>
        <translation>此文件是在计算机上为总部写入的，不是总部的回复。请把它带到总部；计算机只读取总部制作的回复。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="385"/>
        <source>Headquarters does not know this computer.</source>
        <translation>总部不认识本计算机。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="386"/>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="387"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="388"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="389"/>
        <source>Participation</source>
        <translation>参与记录</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="390"/>
        <source>Grant</source>
        <translation>赠款</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="391"/>
        <source>(a record no longer on this computer)</source>
        <translation>（已不在本计算机上的记录）</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="392"/>
        <source>Headquarters, or a proxy on the way, had a problem (HTTP %1). Nothing was lost; it will be tried again.</source>
        <translation>总部或途中的代理服务器出现问题（HTTP %1）。未丢失任何内容；稍后将重试。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="393"/>
        <source>This file is larger than any reply headquarters makes.</source>
        <translation>此文件比总部制作的任何回复都大。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="394"/>
        <source>The organization it belongs to is not at headquarters yet.</source>
        <translation>其所属的组织尚未同步至总部。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="395"/>
        <source>The activity it belongs to is not at headquarters yet.</source>
        <translation>其所属的活动尚未同步至总部。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="396"/>
        <source>The contact it names is not at headquarters yet.</source>
        <translation>其所列的联系人尚未同步至总部。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="397"/>
        <source>“%1” names a record your account cannot see at headquarters.</source>
        <translation>“%1”所指的记录在总部对您的账户不可见。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="398"/>
        <source>Headquarters does not accept the value of “%1”.</source>
        <translation>总部不接受“%1”的值。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="399"/>
        <source>Headquarters could not read the value of “%1”: install the newest version.</source>
        <translation>总部无法读取“%1”的值：请安装最新版本。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="400"/>
        <source>Reason and record</source>
        <translation>原因和记录</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="401"/>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="402"/>
        <source>Changes / when</source>
        <translation>更改/时间</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="403"/>
        <source>This file is damaged or incomplete: it may have been cut short while it was copied, or the USB stick was pulled out too early.</source>
        <translation>此文件已损坏或不完整：可能在复制时被截断，或U盘拔出得太早。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="404"/>
        <source>This reply was made for another computer: it answers a file written there.</source>
        <translation>此回复是为另一台计算机制作的：它答复的是在那台计算机上写入的文件。</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="405"/>
        <source>This reply answers a file made before this computer&apos;s data was reset or restored.</source>
        <translation>此回复答复的是本计算机数据被重置或恢复之前创建的文件。</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="112"/>
        <source>must be a whole number</source>
        <translation>必须为整数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="118"/>
        <source>“%1” is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="129"/>
        <source>“%1” is not yes or no</source>
        <translation>“%1”不是“是”或“否”</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="140"/>
        <source>“%1” is not a date (write it as YYYY-MM-DD)</source>
        <translation>“%1”不是日期（请按YYYY-MM-DD格式书写）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="147"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="149"/>
        <source>“%1” is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="200"/>
        <source>is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="205"/>
        <source>is longer than %1 characters</source>
        <translation>超过%1个字符</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="207"/>
        <source>holds more than %1 items</source>
        <translation>超过%1项</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="223"/>
        <source>the record is larger than %1 KiB: shorten its longest texts</source>
        <translation>记录大于%1 KiB：请缩短其中最长的文本</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="241"/>
        <source>“%1” is not an e-mail address (name@example.org)</source>
        <translation>“%1”不是电子邮件地址（name@example.org）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="250"/>
        <source>“%1” is not a web address (www.example.org)</source>
        <translation>“%1”不是网址（www.example.org）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="255"/>
        <source>cannot be in the future</source>
        <translation>不能晚于今天</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="266"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="272"/>
        <source>cannot be more than %1</source>
        <translation>不能大于%1</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="277"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="308"/>
        <source>“%1” is not a known country code (ISO 3166, e.g. KE)</source>
        <translation>“%1”不是已知的国家代码（ISO 3166，例如KE）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="278"/>
        <source>“%1” is not a known organization type</source>
        <translation>“%1”不是已知的组织类型</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="279"/>
        <source>“%1” is not a known ECOSOC status</source>
        <translation>“%1”不是已知的经社理事会地位</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="280"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="310"/>
        <source>not a known thematic area: %1</source>
        <translation>%1不是已知的专题领域</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="281"/>
        <source>not a known network: %1</source>
        <translation>%1不是已知的网络</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="284"/>
        <source>“%1” is not a known UN M49 region code</source>
        <translation>“%1”不是已知的联合国M49区域代码</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="297"/>
        <source>must stay blank: the person&apos;s data was erased</source>
        <translation>必须保持为空：此人的数据已被删除</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="306"/>
        <source>“%1” is not a known activity type</source>
        <translation>“%1”不是已知的活动类型</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="307"/>
        <source>cannot be before the start date</source>
        <translation>不能早于开始日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="309"/>
        <source>not a known country code: %1</source>
        <translation>%1不是已知的国家代码</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="311"/>
        <source>“%1” is not a known UNODC office</source>
        <translation>“%1”不是已知的毒品和犯罪问题办公室办事处</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="312"/>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="340"/>
        <source>“%1” is not a known intergovernmental meeting</source>
        <translation>“%1”不是已知的政府间会议</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="317"/>
        <source>“%1” is not a known role</source>
        <translation>“%1”不是已知的角色</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="323"/>
        <source>is %1, fewer than the %2 women and men counted</source>
        <translation>为%1，少于已统计的女性和男性人数%2</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="331"/>
        <source>must be more than zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="335"/>
        <source>has more than %1 decimal places</source>
        <translation>小数位数超过%1位</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="338"/>
        <source>“%1” is not an ISO 4217 currency code (e.g. USD)</source>
        <translation>“%1”不是ISO 4217货币代码（例如USD）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="339"/>
        <source>“%1” is not a known grant status</source>
        <translation>“%1”不是已知的赠款状态</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="341"/>
        <source>cannot be before the approval</source>
        <translation>不能早于核准日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="342"/>
        <source>cannot be before the disbursement</source>
        <translation>不能早于拨付日期</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/domain/validation.py" line="351"/>
        <source>cannot move from “%1” to “%2”: a grant moves one step at a time</source>
        <translation>不能从“%1”变为“%2”：赠款状态每次只能变动一步</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/exchange.py" line="534"/>
        <location filename="../../lookingbeyond_desktop/store/import_plan.py" line="430"/>
        <source>repeats row %1</source>
        <extracomment>Which at-risk organizations&apos; contacts an export includes: their ids, or True for all.
----------
The tables a file can be imported into, parents first. Larger files are refused before they are read: a field office&apos;s registry fits many times over, and a file this size is almost surely the wrong file. Rows prepared and written per step; progress is reported and cancel checked between steps. The fields a file must map (unless it maps the record identifier, to update records): those the rules require and the store has no default for. At most this many likely duplicates are named for one row. A row is compared with at most this many records (those sharing the most keys with it): a file of a thousand rows is checked in seconds, not minutes, on 100,000 organizations.</extracomment>
        <translation>与第%1行重复</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="76"/>
        <source>a partner organization&apos;s account cannot merge organizations: ask the UNODC office</source>
        <translation>合作伙伴组织的账户不能合并组织：请联系毒品和犯罪问题办公室办事处</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="82"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="144"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="170"/>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="399"/>
        <source>the record does not exist</source>
        <translation>该记录不存在</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="84"/>
        <source>an organization cannot be merged into itself</source>
        <translation>组织不能合并到其自身</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="87"/>
        <source>“%1” was already merged into another organization</source>
        <translation>“%1”已合并到另一组织</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="90"/>
        <source>“%1” is deleted: restore it before merging</source>
        <translation>“%1”已删除：请先恢复再合并</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="95"/>
        <source>cannot be taken from the other record</source>
        <translation>不能从另一条记录中取值</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="147"/>
        <source>no merge of this organization made on this computer can be undone</source>
        <translation>本计算机上没有可撤销的此组织合并</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/merges.py" line="155"/>
        <source>the two records have changed since the merge: it can no longer be undone</source>
        <translation>两条记录在合并后已有更改：无法再撤销合并</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="148"/>
        <source>was merged into another organization: undo the merge instead</source>
        <translation>已合并到另一组织：请改为撤销合并</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="155"/>
        <source>belongs to a deleted record: restore that first</source>
        <translation>属于已删除的记录，请先恢复该记录</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="231"/>
        <source>is not a field of %1</source>
        <translation>不是%1的字段</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="234"/>
        <source>is changed by deleting or restoring</source>
        <translation>只能通过删除或恢复来更改</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="237"/>
        <source>is changed by merging</source>
        <translation>只能通过合并来更改</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="241"/>
        <source>is set by headquarters when it erases a person&apos;s data</source>
        <translation>由总部在删除某人数据时设置</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="254"/>
        <source>the record is deleted: restore it before editing</source>
        <translation>该记录已删除：请先恢复再编辑</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="256"/>
        <source>headquarters erased this person&apos;s data: the record cannot be edited</source>
        <translation>总部已删除此人的数据：该记录无法编辑</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="275"/>
        <source>“%1” is not a known record or a UUID</source>
        <translation>“%1”不是已知记录，也不是UUID</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="310"/>
        <source>refers to no live record: %1</source>
        <translation>所引用的记录不存在或已删除（%1）</translation>
    </message>
    <message>
        <location filename="../../lookingbeyond_desktop/store/writer.py" line="336"/>
        <source>is a contact of another organization</source>
        <translation>是另一组织的联系人</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="generated_strings.py" line="8"/>
        <source>Non-governmental organization</source>
        <translation>非政府组织</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="9"/>
        <source>Network or coalition</source>
        <translation>网络或联盟</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="10"/>
        <source>Community-based organization</source>
        <translation>社区组织</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="11"/>
        <source>Faith-based organization</source>
        <translation>宗教组织</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="12"/>
        <source>Academic or research institution</source>
        <translation>学术或研究机构</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="13"/>
        <source>Professional association</source>
        <translation>专业协会</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="14"/>
        <source>Trade union</source>
        <translation>工会</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="15"/>
        <source>Foundation</source>
        <translation>基金会</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="16"/>
        <source>Media organization</source>
        <translation>媒体组织</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="17"/>
        <source>Private sector</source>
        <translation>私营部门</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="18"/>
        <source>Youth organization</source>
        <translation>青年组织</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="19"/>
        <source>Women&apos;s organization</source>
        <translation>妇女组织</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="20"/>
        <source>No consultative status</source>
        <translation>无咨商地位</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="21"/>
        <source>General consultative status</source>
        <translation>全面咨商地位</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="22"/>
        <source>Special consultative status</source>
        <translation>特别咨商地位</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="23"/>
        <source>Roster</source>
        <translation>名册</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="24"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="25"/>
        <source>Regional consultation</source>
        <translation>区域磋商</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="26"/>
        <source>Dialogue</source>
        <translation>对话</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="27"/>
        <source>Side event</source>
        <translation>会外活动</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="28"/>
        <source>Joint government–CSO activity</source>
        <translation>政府与民间社会组织联合活动</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="29"/>
        <source>Participation in an intergovernmental meeting</source>
        <translation>参加政府间会议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="30"/>
        <source>Participant</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="31"/>
        <source>Speaker</source>
        <translation>发言者</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="32"/>
        <source>Organizer</source>
        <translation>组织者</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="33"/>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="34"/>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="35"/>
        <source>Rapporteur</source>
        <translation>报告员</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="36"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="37"/>
        <source>Approved</source>
        <translation>已核准</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="38"/>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="39"/>
        <source>Report received</source>
        <translation>已收到报告</translation>
    </message>
    <message>
        <location filename="generated_strings.py" line="40"/>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
</context>
</TS>
