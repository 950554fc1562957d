<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="53" />
        <source>Code</source>
        <comment>Queue</comment>
        <extracomment>sortable columns backed by an index column the mime type of dragged queue rows: a JSON list of event ids every row may be dragged; a constant, so ``flags`` adds no per-cell work to a paint</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="53" />
        <source>Received</source>
        <comment>Queue</comment>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="53" />
        <source>Source</source>
        <comment>Queue</comment>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="53" />
        <source>Category</source>
        <comment>Queue</comment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="54" />
        <source>Title</source>
        <comment>Queue</comment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="54" />
        <source>Grid</source>
        <comment>Queue</comment>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="54" />
        <source>Severity</source>
        <comment>Queue</comment>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="54" />
        <source>Status</source>
        <comment>Queue</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="55" />
        <source>Assignee</source>
        <comment>Queue</comment>
        <translation>承办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="55" />
        <source>Deadline</source>
        <comment>Queue</comment>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="12" />
        <source>New</source>
        <comment>Status</comment>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="12" />
        <source>Awaiting dispatch</source>
        <comment>Status</comment>
        <translation>待派遣</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="13" />
        <source>Dispatched</source>
        <comment>Status</comment>
        <translation>已派遣</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="13" />
        <source>In progress</source>
        <comment>Status</comment>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="14" />
        <source>Awaiting verification</source>
        <comment>Status</comment>
        <translation>待核查</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="14" />
        <source>Follow-up</source>
        <comment>Status</comment>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="15" />
        <source>Ready to archive</source>
        <comment>Status</comment>
        <translation>待归档</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="15" />
        <source>Archived</source>
        <comment>Status</comment>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="16" />
        <source>Rejected</source>
        <comment>Status</comment>
        <translation>已退件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="23" />
        <source>Public facility</source>
        <comment>Category</comment>
        <translation>公共设施</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="23" />
        <source>Sanitation</source>
        <comment>Category</comment>
        <translation>环境卫生</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="24" />
        <source>Parking &amp; traffic</source>
        <comment>Category</comment>
        <translation>停车交通</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="24" />
        <source>Water supply</source>
        <comment>Category</comment>
        <translation>供水</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="25" />
        <source>Safety hazard</source>
        <comment>Category</comment>
        <translation>安全隐患</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="25" />
        <source>Fire hazard</source>
        <comment>Category</comment>
        <translation>消防隐患</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="26" />
        <source>Dispute</source>
        <comment>Category</comment>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="26" />
        <source>Public security</source>
        <comment>Category</comment>
        <translation>社会治安</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="27" />
        <source>Special population</source>
        <comment>Category</comment>
        <translation>特殊人群</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="28" />
        <source>Employment &amp; social security</source>
        <comment>Category</comment>
        <translation>就业社保</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="29" />
        <source>Housing &amp; property</source>
        <comment>Category</comment>
        <translation>房屋物业</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="30" />
        <source>Health &amp; epidemic</source>
        <comment>Category</comment>
        <translation>卫生防疫</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="30" />
        <source>Market &amp; food</source>
        <comment>Category</comment>
        <translation>市场食品</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="31" />
        <source>Petition</source>
        <comment>Category</comment>
        <translation>信访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="31" />
        <source>Emergency call</source>
        <comment>Category</comment>
        <translation>紧急求助</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="32" />
        <source>Other</source>
        <comment>Category</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="39" />
        <source>Public security</source>
        <comment>Department</comment>
        <translation>公安</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="39" />
        <source>Urban management</source>
        <comment>Department</comment>
        <translation>城管</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="40" />
        <source>Civil affairs</source>
        <comment>Department</comment>
        <translation>民政</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="40" />
        <source>Human resources</source>
        <comment>Department</comment>
        <translation>人社</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="41" />
        <source>Emergency management</source>
        <comment>Department</comment>
        <translation>应急</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="41" />
        <source>Fire and rescue</source>
        <comment>Department</comment>
        <translation>消防</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="42" />
        <source>Housing &amp; construction</source>
        <comment>Department</comment>
        <translation>住建</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="42" />
        <source>Health</source>
        <comment>Department</comment>
        <translation>卫健</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="43" />
        <source>Market supervision</source>
        <comment>Department</comment>
        <translation>市场监管</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="43" />
        <source>Justice</source>
        <comment>Department</comment>
        <translation>司法</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="44" />
        <source>Petitions</source>
        <comment>Department</comment>
        <translation>信访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="44" />
        <source>Water</source>
        <comment>Department</comment>
        <translation>水务</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="51" />
        <source>Grid worker</source>
        <comment>Source</comment>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="51" />
        <source>12345 hotline</source>
        <comment>Source</comment>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="52" />
        <source>Citizen</source>
        <comment>Source</comment>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="52" />
        <source>Camera</source>
        <comment>Source</comment>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="52" />
        <source>Drone</source>
        <comment>Source</comment>
        <translation>无人机</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="53" />
        <source>One-key call</source>
        <comment>Source</comment>
        <translation>一键呼叫</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="59" />
        <source>Small (2 h)</source>
        <comment>Tier</comment>
        <translation>小事（2小时）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="59" />
        <source>Medium (2 days)</source>
        <comment>Tier</comment>
        <translation>一般（2天）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="60" />
        <source>Complex (7 days)</source>
        <comment>Tier</comment>
        <translation>复杂（7天）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="65" />
        <source>Consultation</source>
        <comment>RequestType</comment>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="65" />
        <source>Request for help</source>
        <comment>RequestType</comment>
        <translation>求助</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="66" />
        <source>Complaint</source>
        <comment>RequestType</comment>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="66" />
        <source>Tip-off</source>
        <comment>RequestType</comment>
        <translation>举报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="67" />
        <source>Suggestion</source>
        <comment>RequestType</comment>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="67" />
        <source>Praise</source>
        <comment>RequestType</comment>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="72" />
        <source>Low</source>
        <comment>Severity</comment>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="72" />
        <source>Moderate</source>
        <comment>Severity</comment>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="72" />
        <source>High</source>
        <comment>Severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="73" />
        <source>Critical</source>
        <comment>Severity</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="78" />
        <source>Offline</source>
        <comment>WorkerStatus</comment>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="78" />
        <source>Idle</source>
        <comment>WorkerStatus</comment>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="79" />
        <source>On patrol</source>
        <comment>WorkerStatus</comment>
        <translation>巡查中</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="79" />
        <source>Busy</source>
        <comment>WorkerStatus</comment>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="84" />
        <source>Grid leader</source>
        <comment>WorkerKind</comment>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="84" />
        <source>Full-time</source>
        <comment>WorkerKind</comment>
        <translation>专职</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="85" />
        <source>Professional</source>
        <comment>WorkerKind</comment>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="85" />
        <source>Part-time</source>
        <comment>WorkerKind</comment>
        <translation>兼职</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="90" />
        <source>Issued</source>
        <comment>OrderStatus</comment>
        <translation>已派发</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="90" />
        <source>Signed for</source>
        <comment>OrderStatus</comment>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="91" />
        <source>Completed</source>
        <comment>OrderStatus</comment>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="91" />
        <source>Returned</source>
        <comment>OrderStatus</comment>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="92" />
        <source>Cancelled</source>
        <comment>OrderStatus</comment>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="97" />
        <source>Dispatched</source>
        <comment>NoteKind</comment>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="97" />
        <source>Signed for</source>
        <comment>NoteKind</comment>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="98" />
        <source>Progress</source>
        <comment>NoteKind</comment>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="98" />
        <source>Returned</source>
        <comment>NoteKind</comment>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="99" />
        <source>Completed</source>
        <comment>NoteKind</comment>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="99" />
        <source>Cancelled</source>
        <comment>NoteKind</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="100" />
        <source>Supervision order</source>
        <comment>NoteKind</comment>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="100" />
        <source>Escalated</source>
        <comment>NoteKind</comment>
        <translation>升级督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="101" />
        <source>Note</source>
        <comment>NoteKind</comment>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="50" />
        <source>Command Centre · Operator console</source>
        <translation>指挥中心 · 坐席工作台</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="64" />
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="64" />
        <source>New report…</source>
        <translation>新建诉求…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="196" />
        <source>Reject report</source>
        <translation>退件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="204" />
        <source>Supervision order</source>
        <translation>督办单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="204" />
        <location filename="../../commandcenter/views/detail.py" line="34" />
        <source>Escalate</source>
        <translation>升级督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="87" />
        <location filename="../../commandcenter/views/desk_docks.py" line="32" />
        <source>Alerts</source>
        <translation>协查通报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="88" />
        <source>Sightings in time order</source>
        <translation>线索反馈（按时间）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="148" />
        <source>Give the alert a title</source>
        <translation>请填写通报标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="149" />
        <source>Choose at least one area</source>
        <translation>请至少选择一个区域</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="163" />
        <location filename="../../commandcenter/views/assessment.py" line="254" />
        <location filename="../../commandcenter/views/commands.py" line="29" />
        <source>Refused by the hub: {message}</source>
        <translation>被拒绝：{message}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="165" />
        <location filename="../../commandcenter/views/assessment.py" line="256" />
        <location filename="../../commandcenter/views/commands.py" line="31" />
        <source>Not sent: {message}</source>
        <translation>未发送：{message}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="169" />
        <source>Sent: reached {workers} grid workers</source>
        <translation>已发布：推送至 {workers} 名网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="32" />
        <source>Accept</source>
        <extracomment>action -&gt; (command it sends, keyboard shortcut shown on the button)</extracomment>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="32" />
        <source>Reject</source>
        <translation>退件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="32" />
        <location filename="../../commandcenter/views/dispatch.py" line="62" />
        <location filename="../../commandcenter/views/shortcuts.py" line="12" />
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="33" />
        <source>Verify</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="33" />
        <source>Follow up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="33" />
        <location filename="../../commandcenter/views/shortcuts.py" line="13" />
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="34" />
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="56" />
        <location filename="../../commandcenter/models/alerts.py" line="181" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="56" />
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="90" />
        <location filename="../../commandcenter/views/supervisor.py" line="29" />
        <source>Assessment</source>
        <extracomment>groupings every refresh asks for: totals (KPIs), the trend, the two bar charts, the hotspots</extracomment>
        <translation>考核评价</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="91" />
        <source>Hotspots</source>
        <translation>分析研判</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="99" />
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="99" />
        <location filename="../../commandcenter/views/wall.py" line="99" />
        <source>Last 7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="99" />
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="100" />
        <source>Custom range</source>
        <translation>自定义时段</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="105" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="109" />
        <source>Period</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="136" />
        <source>By</source>
        <comment>grouping</comment>
        <translation>按</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="56" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="223" />
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="280" />
        <source>{span} · updated {time}</source>
        <translation>{span} · 更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="298" />
        <source>Not with a department</source>
        <translation>未派至部门</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="302" />
        <location filename="../../commandcenter/models/ticker.py" line="130" />
        <source>No grid</source>
        <translation>无网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="307" />
        <source>Not with a grid worker</source>
        <translation>未派至网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="56" />
        <location filename="../../commandcenter/views/dialogs.py" line="102" />
        <location filename="../../commandcenter/views/dialogs.py" line="116" />
        <location filename="../../commandcenter/views/dialogs.py" line="126" />
        <location filename="../../commandcenter/views/dispatch.py" line="57" />
        <location filename="../../commandcenter/views/seat_widgets.py" line="277" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="71" />
        <source>Order trail</source>
        <translation>办理轨迹</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="82" />
        <source>Select an event in the queue</source>
        <translation>请在左侧列表中选择事件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="97" />
        <location filename="../../commandcenter/views/dispatch.py" line="72" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="97" />
        <source> · OVERDUE</source>
        <translation> · 已超时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="137" />
        <location filename="../../commandcenter/views/detail.py" line="98" />
        <location filename="../../commandcenter/views/dialogs.py" line="65" />
        <location filename="../../commandcenter/views/intake.py" line="45" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="98" />
        <location filename="../../commandcenter/views/dialogs.py" line="66" />
        <location filename="../../commandcenter/views/intake.py" line="45" />
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="99" />
        <location filename="../../commandcenter/views/intake.py" line="43" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="100" />
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="137" />
        <location filename="../../commandcenter/views/detail.py" line="101" />
        <location filename="../../commandcenter/views/dispatch.py" line="72" />
        <location filename="../../commandcenter/views/intake.py" line="47" />
        <location filename="../../commandcenter/models/area_tree.py" line="24" />
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="101" />
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="102" />
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="102" />
        <location filename="../../commandcenter/views/dialogs.py" line="64" />
        <source>Tier</source>
        <translation>处置分级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="103" />
        <location filename="../../commandcenter/views/dispatch.py" line="56" />
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="103" />
        <source>Assignee</source>
        <translation>承办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="104" />
        <location filename="../../commandcenter/views/intake.py" line="46" />
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="107" />
        <source>Oversight</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="107" />
        <source>Supervised, escalated {n}×</source>
        <translation>已督办，升级 {n} 次</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="109" />
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="36" />
        <source>Reports</source>
        <translation>上报量</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="36" />
        <location filename="../../commandcenter/models/wall_kpis.py" line="39" />
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="36" />
        <location filename="../../commandcenter/models/wall_kpis.py" line="39" />
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="36" />
        <source>Closed-loop rate</source>
        <translation>闭环率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="37" />
        <location filename="../../commandcenter/views/detail.py" line="111" />
        <location filename="../../commandcenter/views/dialogs.py" line="115" />
        <location filename="../../commandcenter/models/wall_kpis.py" line="40" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="47" />
        <source>{valid} valid · {rejected} rejected</source>
        <translation>有效 {valid} · 不予受理 {rejected}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="50" />
        <source>{done} completed of {valid} valid</source>
        <translation>有效 {valid} 件中办结 {done} 件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="53" />
        <source>{on_time} on time of {judged} due</source>
        <translation>到期 {judged} 件中按时办结 {on_time} 件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="56" />
        <source>{archived} archived of {valid} valid</source>
        <translation>有效 {valid} 件中归档 {archived} 件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="59" />
        <source>of 5 · {rated} follow-ups</source>
        <translation>满分5分 · 回访 {rated} 件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="60" />
        <source>Accept report</source>
        <translation>受理事件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="81" />
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="82" />
        <location filename="../../commandcenter/views/seat_widgets.py" line="255" />
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="90" />
        <source>Verify the result</source>
        <translation>核查处置结果</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="94" />
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="94" />
        <source>Failed: send back</source>
        <translation>不通过：退回重办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="100" />
        <source>What was checked, and how</source>
        <translation>核查内容与方式</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="101" />
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="110" />
        <location filename="../../commandcenter/views/shortcuts.py" line="13" />
        <source>Follow-up call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="111" />
        <source>5 · Very satisfied</source>
        <translation>5 · 非常满意</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="111" />
        <source>4 · Satisfied</source>
        <translation>4 · 满意</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="111" />
        <source>3 · Neutral</source>
        <translation>3 · 一般</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="112" />
        <source>2 · Dissatisfied</source>
        <translation>2 · 不满意</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="112" />
        <source>1 · Very dissatisfied</source>
        <translation>1 · 非常不满意</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="114" />
        <source>What the reporter said</source>
        <translation>群众反馈</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="125" />
        <source>Note (required)</source>
        <translation>说明（必填）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="34" />
        <source>Dispatch {code}</source>
        <translation>派遣 {code}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="137" />
        <location filename="../../commandcenter/views/dispatch.py" line="39" />
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="40" />
        <source>Department seat</source>
        <translation>部门席位</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="50" />
        <source>Instructions for the receiver</source>
        <translation>给承办人的办理要求</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="58" />
        <source>Routing table suggests: {dept}</source>
        <translation>按分流规则建议派往：{dept}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="59" />
        <source>No default department for this category</source>
        <translation>此类别无默认承办部门</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="72" />
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="72" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="72" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="72" />
        <location filename="../../commandcenter/views/seat_widgets.py" line="104" />
        <source>Open orders</source>
        <translation>在办工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="137" />
        <location filename="../../commandcenter/views/dispatch.py" line="83" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="83" />
        <source>Liaison</source>
        <translation>联络员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="83" />
        <location filename="../../commandcenter/models/seats.py" line="131" />
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="83" />
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="83" />
        <location filename="../../commandcenter/views/filters.py" line="43" />
        <location filename="../../commandcenter/views/seat_widgets.py" line="105" />
        <location filename="../../commandcenter/views/wall_panels.py" line="64" />
        <location filename="../../commandcenter/models/wall_kpis.py" line="38" />
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="87" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="87" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="14" />
        <source>All open</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="15" />
        <source>New</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="16" />
        <source>Awaiting dispatch</source>
        <translation>待派遣</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="17" />
        <location filename="../../commandcenter/models/wall_kpis.py" line="38" />
        <source>In progress</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="18" />
        <source>Awaiting verification</source>
        <translation>待核查</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="19" />
        <source>Follow-up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="35" />
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="41" />
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="42" />
        <source>Any severity</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="42" />
        <source>High and up</source>
        <translation>严重及以上</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="45" />
        <source>Area code</source>
        <translation>区域代码</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="47" />
        <source>Search code, title, description (Ctrl+F)</source>
        <translation>搜索编号、标题、描述（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="100" />
        <source>{n} new</source>
        <translation>{n} 条新事件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="18" />
        <source>Command Centre · Log in</source>
        <translation>指挥中心 · 登录</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="24" />
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="28" />
        <source>Hub</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="29" />
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="30" />
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="32" />
        <source>Grid governance command centre</source>
        <translation>网格化服务管理指挥中心</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="56" />
        <source>Connecting to {url}…</source>
        <translation>正在连接 {url}…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="74" />
        <source>Login refused: {message}</source>
        <translation>登录被拒绝：{message}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="78" />
        <source>Could not reach the hub at {url}. Is it running? (still no answer after {s:.0f} s)</source>
        <translation>无法连接服务 {url}，请确认服务已启动（{s:.0f} 秒内无响应）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="11" />
        <source>Move through the queue</source>
        <translation>在列表中移动</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="11" />
        <source>Open the event (focus the detail)</source>
        <translation>打开事件详情</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="12" />
        <source>Accept with tier</source>
        <translation>受理并分级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="12" />
        <source>Reject with a reason</source>
        <translation>填写原因退件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="13" />
        <source>Verify (pass or fail)</source>
        <translation>核查（通过或退回）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="14" />
        <source>Supervise / escalate (supervisors)</source>
        <translation>督办 / 升级（督查人员）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="15" />
        <source>Status filters</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="15" />
        <source>Seats / video links / alerts</source>
        <translation>部门席位 / 视联网 / 协查通报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="16" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="16" />
        <source>Back to the queue</source>
        <translation>回到列表</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="73" />
        <source>Command Centre · Department seat</source>
        <extracomment>the hub's statistics are asked again at most this often, and at least every STATS_EVERY_MS</extracomment>
        <translation>指挥中心 · 部门席位</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="79" />
        <source>Show closed orders</source>
        <translation>显示已结工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="101" />
        <source>R sign for · B return · P progress · C complete · F1 keys</source>
        <translation>R 签收 · B 退回 · P 进展 · C 办结 · F1 快捷键</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="229" />
        <location filename="../../commandcenter/views/seat_widgets.py" line="48" />
        <source>Progress note</source>
        <translation>进展反馈</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="229" />
        <source>What has been done so far (required)</source>
        <translation>目前处置进展（必填）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="231" />
        <source>Complete the order</source>
        <translation>办结工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="231" />
        <source>How it was resolved</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="259" />
        <source>Move through the orders</source>
        <translation>在工单间移动</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="259" />
        <source>Sign for the order</source>
        <translation>签收工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="260" />
        <source>Return it with a reason</source>
        <translation>填写原因并退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="260" />
        <source>Add a progress note</source>
        <translation>反馈处置进展</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="261" />
        <location filename="../../commandcenter/views/shortcuts.py" line="16" />
        <source>This sheet</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="261" />
        <source>Complete with a note</source>
        <translation>填写结果并办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="261" />
        <source>Back to the orders</source>
        <translation>返回工单列表</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="48" />
        <source>Sign for</source>
        <extracomment>the "progress" note is not a life-cycle action; it has its own key action -&gt; (command, key)</extracomment>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="48" />
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="49" />
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="63" />
        <source>Not our department's matter</source>
        <translation>非本部门职责</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="64" />
        <source>Not enough information</source>
        <translation>信息不全</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="65" />
        <source>Outside our area</source>
        <translation>不在本辖区</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="66" />
        <source>Duplicate of another case</source>
        <translation>重复案件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="67" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="100" />
        <source>{department} seat</source>
        <translation>{department}席位</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="104" />
        <source>Orders issued to the department and not yet closed</source>
        <translation>已派至本部门、尚未办结的工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="105" />
        <source>Open orders past their deadline</source>
        <translation>已超过办理时限的在办工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="106" />
        <source>Completed today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="107" />
        <source>The department's cases completed today, whenever they were reported (hub statistics)</source>
        <translation>本部门今日办结的案件（无论何时上报；平台统计）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="109" />
        <source>Of the department's cases completed today that had a deadline, the share completed in time (hub statistics)</source>
        <translation>本部门今日办结且有时限的案件中按时办结的比例（平台统计）</translation>
    </message>
    <message>
        <source>Of today's reports assigned to the department, how many it has completed (hub statistics)</source>
        <translation type="vanished">今日上报并派至本部门的事件中已办结的数量（平台统计）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="108" />
        <source>On time today</source>
        <translation>今日按时办结率</translation>
    </message>
    <message>
        <source>Of today's department cases with a deadline that has been met or has passed, the share completed in time (hub statistics)</source>
        <translation type="vanished">今日本部门已办结或已到期的事件中按时办结的比例（平台统计）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="135" />
        <source>{n} incoming, not yet signed for</source>
        <translation>{n} 件新工单待签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="138" />
        <source>No incoming orders</source>
        <translation>暂无待签收工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="202" />
        <source>Select an order</source>
        <translation>请选择工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="206" />
        <source>Order #{id} · {state}</source>
        <translation>工单 #{id} · {state}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="250" />
        <source>Return the order</source>
        <translation>退回工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="254" />
        <source>Details for the operator (required for Other)</source>
        <translation>退回说明（选择“其他”时必填）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="256" />
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="296" />
        <location filename="../../commandcenter/views/shortcuts.py" line="23" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="12" />
        <location filename="../../commandcenter/views/wall.py" line="213" />
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="12" />
        <location filename="../../commandcenter/views/wall.py" line="213" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="12" />
        <location filename="../../commandcenter/views/wall.py" line="213" />
        <source>Reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="13" />
        <location filename="../../commandcenter/views/wall.py" line="214" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="38" />
        <source>showing the last state, {age} old</source>
        <translation>显示的是 {age} 前的数据</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="40" />
        <source>last frame {age} ago</source>
        <translation>最近一帧在 {age} 前</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="47" />
        <source>seq {seq}</source>
        <translation>序号 {seq}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="39" />
        <source>e.g. Missing elderly man, 82, blue coat</source>
        <translation>例：寻找走失老人，82岁，穿蓝色外套</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="42" />
        <source>What to look for, whom to call</source>
        <translation>体貌特征、联系方式等</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="44" />
        <location filename="../../commandcenter/models/alerts.py" line="97" />
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="58" />
        <source>Send alert</source>
        <translation>发布协查</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="79" />
        <source>Find an area</source>
        <translation>查找区域</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="90" />
        <source>Rectangle</source>
        <translation>框选</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="90" />
        <source>Drag a rectangle on the map to add its grids</source>
        <translation>在地图上拖出矩形，加入其中的网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="91" />
        <source>Lasso</source>
        <translation>圈选</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="91" />
        <source>Draw round grids on the map to add them</source>
        <translation>在地图上圈画，加入圈内网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="93" />
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="99" />
        <location filename="../../commandcenter/views/intake.py" line="46" />
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="100" />
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="106" />
        <source>Recipients</source>
        <translation>推送范围</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="128" />
        <source>Tick areas in the tree or draw on the map</source>
        <translation>请在区域树中勾选，或在地图上框选</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="130" />
        <source>{areas} areas chosen · will reach {workers} grid workers</source>
        <translation>已选 {areas} 个区域 · 将推送至 {workers} 名网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="50" />
        <location filename="../../commandcenter/views/assessment_charts.py" line="77" />
        <source>Daily trend</source>
        <extracomment>narrower than this, the charts go into tabs</extracomment>
        <translation>每日趋势</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="51" />
        <source>Reports by category</source>
        <translation>分类别上报量</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="52" />
        <source>Departments (%)</source>
        <translation>部门对比(%)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="52" />
        <source>Completion</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="53" />
        <source>On time</source>
        <translation>按时率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="77" />
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="78" />
        <source>Departments</source>
        <translation>部门对比</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="94" />
        <location filename="../../commandcenter/views/wall.py" line="97" />
        <location filename="../../commandcenter/views/wall_panels.py" line="180" />
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="96" />
        <location filename="../../commandcenter/views/wall.py" line="97" />
        <location filename="../../commandcenter/views/wall_panels.py" line="182" />
        <location filename="../../commandcenter/models/wall_kpis.py" line="38" />
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/desk_docks.py" line="26" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/desk_docks.py" line="28" />
        <source>Seats</source>
        <translation>部门席位</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/desk_docks.py" line="29" />
        <source>Video links</source>
        <translation>视联网</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="51" />
        <source>Exporting {n} rows…</source>
        <extracomment>rows read and written between two passes of the event loop</extracomment>
        <translation>正在导出 {n} 行…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="51" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="53" />
        <location filename="../../commandcenter/views/export.py" line="151" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="94" />
        <source>Saving {name}…</source>
        <translation>正在保存 {name}…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="119" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="119" />
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="122" />
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="148" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="148" />
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="152" />
        <source>The table changed while it was exported; some rows may be missing or repeated. Export again for an exact copy.</source>
        <translation>导出过程中表格数据有变化，部分行可能缺失或重复。如需准确副本请重新导出。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/hotspots.py" line="54" />
        <source>Heat layer on the map</source>
        <translation>地图热力图层</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_overview.py" line="34" />
        <source>Drop an event from the queue onto a seat to dispatch it to that department.</source>
        <translation>将事件从队列拖到席位上，即派发给该部门。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_overview.py" line="82" />
        <source>{code} dispatched to {department}</source>
        <translation>{code} 已派发至{department}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/supervisor.py" line="22" />
        <source>Command Centre · Supervisor desk</source>
        <translation>指挥中心 · 督查督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/supervisor.py" line="27" />
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/supervisor.py" line="28" />
        <source>Watch lists</source>
        <translation>督办清单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="66" />
        <location filename="../../commandcenter/models/video_links.py" line="320" />
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="67" />
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="74" />
        <source>No video link matches the filter</source>
        <translation>没有符合条件的视频链路</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="90" />
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="91" />
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="123" />
        <source>Showing {shown} of {total} links</source>
        <translation>显示 {shown} / {total} 条链路</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/watchlists.py" line="56" />
        <location filename="../../commandcenter/views/watchlists.py" line="98" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ages.py" line="13" />
        <source>{n} s</source>
        <comment>Age</comment>
        <translation>{n}秒</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ages.py" line="15" />
        <source>{n} min</source>
        <comment>Age</comment>
        <translation>{n}分钟</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ages.py" line="17" />
        <source>{h} h {m:02d} min</source>
        <comment>Age</comment>
        <translation>{h}小时{m:02d}分</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ages.py" line="18" />
        <source>{d} d {h} h</source>
        <comment>Age</comment>
        <translation>{d}天{h}小时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="97" />
        <source>Alert</source>
        <translation>协查通报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="97" />
        <source>Sent</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="97" />
        <source>Reached</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="97" />
        <source>Sightings</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="126" />
        <source>No expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="128" />
        <source>Expired {time}</source>
        <translation>已于{time}失效</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="181" />
        <source>Reported by</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="181" />
        <source>Report</source>
        <translation>线索内容</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="23" />
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="23" />
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="23" />
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="24" />
        <source>Exclusive grid</source>
        <translation>专属网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="25" />
        <source>Special grid</source>
        <translation>专项网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="70" />
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="70" />
        <source>Workers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="38" />
        <source>Order</source>
        <comment>Seat</comment>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="38" />
        <source>Status</source>
        <comment>Seat</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="38" />
        <source>Deadline</source>
        <comment>Seat</comment>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="39" />
        <source>Event</source>
        <comment>Seat</comment>
        <translation>事件编号</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="39" />
        <source>Title</source>
        <comment>Seat</comment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="39" />
        <source>Category</source>
        <comment>Seat</comment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="40" />
        <source>Grid</source>
        <comment>Seat</comment>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="40" />
        <source>Received</source>
        <comment>Seat</comment>
        <translation>派单时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="75" />
        <source>Incoming: not yet signed for</source>
        <translation>新派工单：尚未签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="126" />
        <source>Liaison: {name}</source>
        <translation>联络员：{name}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="126" />
        <source>No liaison at the seat</source>
        <translation>席位无人值守</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="127" />
        <source>Open {open} · overdue {overdue}</source>
        <translation>在办 {open} · 超期 {overdue}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="129" />
        <source>No open orders</source>
        <translation>无在办工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="129" />
        <source>Oldest open: {age}</source>
        <translation>最久在办：{age}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="131" />
        <source>Off duty</source>
        <translation>离席</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="151" />
        <source>Drop an event from the queue onto a seat.</source>
        <translation>请将队列中的事件拖到席位上。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="156" />
        <source>That event is no longer in the live picture.</source>
        <translation>该事件已不在实时数据中。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="158" />
        <source>{code} cannot be dispatched: it is {status}.</source>
        <translation>{code} 无法派发：当前为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="50" />
        <source>Department</source>
        <comment>Stats</comment>
        <extracomment>(row field, kind) of the assessment table after the name column</extracomment>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="50" />
        <source>Category</source>
        <comment>Stats</comment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="51" />
        <source>Grid</source>
        <comment>Stats</comment>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="51" />
        <source>Grid worker</source>
        <comment>Stats</comment>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="51" />
        <source>Day</source>
        <comment>Stats</comment>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="52" />
        <source>Name</source>
        <comment>Stats</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="52" />
        <source>Reported</source>
        <comment>Stats</comment>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="52" />
        <source>Valid</source>
        <comment>Stats</comment>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="53" />
        <source>Completed</source>
        <comment>Stats</comment>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="53" />
        <source>Completion rate</source>
        <comment>Stats</comment>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="53" />
        <source>On-time rate</source>
        <comment>Stats</comment>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="54" />
        <source>Closed-loop rate</source>
        <comment>Stats</comment>
        <translation>闭环率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="54" />
        <source>Satisfaction</source>
        <comment>Stats</comment>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="55" />
        <source>Rating</source>
        <comment>Stats</comment>
        <translation>星级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="123" />
        <source>Rank</source>
        <comment>Hotspots</comment>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="123" />
        <source>Grid</source>
        <comment>Hotspots</comment>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="123" />
        <source>Reports</source>
        <comment>Hotspots</comment>
        <translation>上报量</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="124" />
        <source>Most recurring</source>
        <comment>Hotspots</comment>
        <translation>高发类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="124" />
        <source>Times</source>
        <comment>Hotspots</comment>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="51" />
        <source>Down</source>
        <comment>LinkState</comment>
        <extracomment>shown state -&gt; tile tone (colours live with the tile widget)</extracomment>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="51" />
        <source>Stale</source>
        <comment>LinkState</comment>
        <translation>失联</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="52" />
        <source>Degraded</source>
        <comment>LinkState</comment>
        <translation>质量下降</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="52" />
        <source>In call</source>
        <comment>LinkState</comment>
        <translation>会商中</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="53" />
        <source>Up</source>
        <comment>LinkState</comment>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="58" />
        <source>City</source>
        <comment>LinkLevel</comment>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="58" />
        <source>County</source>
        <comment>LinkLevel</comment>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="59" />
        <source>Township</source>
        <comment>LinkLevel</comment>
        <translation>乡镇级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="59" />
        <source>Village</source>
        <comment>LinkLevel</comment>
        <translation>村级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="64" />
        <source>Video terminals</source>
        <comment>LinkKind</comment>
        <translation>视频终端</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="64" />
        <source>Cameras</source>
        <comment>LinkKind</comment>
        <translation>监控摄像头</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="65" />
        <source>Drones</source>
        <comment>LinkKind</comment>
        <translation>无人机</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="173" />
        <source>Never reported</source>
        <translation>从未上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="173" />
        <source>Reported {age} ago</source>
        <translation>{age}前上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="176" />
        <source>Last said: {state}</source>
        <translation>最后上报：{state}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="177" />
        <source>Bitrate {rate}</source>
        <translation>码率 {rate}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="179" />
        <source>Latency {latency} · loss {loss}</source>
        <translation>时延 {latency} · 丢包 {loss}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="318" />
        <source>Total</source>
        <comment>LinkState</comment>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="39" />
        <source>Overdue</source>
        <comment>Watch</comment>
        <extracomment>how often the clock-bound lists are re-checked</extracomment>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="39" />
        <source>Due within the hour</source>
        <comment>Watch</comment>
        <translation>一小时内到期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="40" />
        <source>Returned more than once</source>
        <comment>Watch</comment>
        <translation>多次退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="41" />
        <source>Failed verification</source>
        <comment>Watch</comment>
        <translation>核查未通过</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="42" />
        <source>Low satisfaction</source>
        <comment>Watch</comment>
        <translation>满意度低</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="46" />
        <source>Returns</source>
        <comment>Watch</comment>
        <translation>退回情况</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="46" />
        <source>Failures</source>
        <comment>Watch</comment>
        <translation>核查未通过</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="47" />
        <source>Satisfaction</source>
        <comment>Watch</comment>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="47" />
        <source>Oversight</source>
        <comment>Watch</comment>
        <translation>督办情况</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="48" />
        <source>Code</source>
        <comment>Watch</comment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="48" />
        <source>Title</source>
        <comment>Watch</comment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="48" />
        <source>Category</source>
        <comment>Watch</comment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="48" />
        <source>Status</source>
        <comment>Watch</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="49" />
        <source>Assignee</source>
        <comment>Watch</comment>
        <translation>承办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="49" />
        <source>Deadline</source>
        <comment>Watch</comment>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="100" />
        <source>Supervised</source>
        <comment>Watch</comment>
        <translation>已督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="102" />
        <source>Escalated {n}×</source>
        <comment>Watch</comment>
        <translation>已升级 {n} 次</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="30" />
        <location filename="../../commandcenter/views/shortcuts.py" line="14" />
        <source>New report (hotline intake)</source>
        <translation>新建诉求（热线受理）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="33" />
        <source>Grid matter (no request type)</source>
        <translation>网格事项（无诉求类型）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="39" />
        <source>What is wrong, in a few words</source>
        <translation>简要概括问题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="41" />
        <source>What the caller says: where exactly, since when, who is affected</source>
        <translation>来电人陈述：具体位置、持续时间、影响对象</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="43" />
        <source>Request type</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="44" />
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="44" />
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="73" />
        <source>Command Centre wall</source>
        <translation>指挥中心大屏</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="98" />
        <source>Latest events and alerts</source>
        <translation>最新事件与预警</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="100" />
        <source>Department seats · open / overdue orders</source>
        <translation>部门席位 · 在办 / 超时工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="101" />
        <source>Video network</source>
        <translation>视联网</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="110" />
        <source>Grid Governance Command Centre</source>
        <translation>网格化服务管理指挥中心</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="112" />
        <source>▲▼ change since the same time yesterday</source>
        <translation>▲▼ 较昨日同一时刻</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_panels.py" line="62" />
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_panels.py" line="62" />
        <source>High</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_panels.py" line="63" />
        <source>Medium</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_panels.py" line="63" />
        <source>Low</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_panels.py" line="64" />
        <source>Grid workers on duty (density)</source>
        <translation>在岗网格员（密度）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ticker.py" line="132" />
        <source>Details withheld on the wall</source>
        <translation>大屏不显示详情</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ticker.py" line="136" />
        <source>Overdue: {what}</source>
        <translation>超时：{what}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ticker.py" line="143" />
        <source>Alert to {count} grid workers</source>
        <translation>预警推送 {count} 名网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/wall_kpis.py" line="37" />
        <source>Reports today</source>
        <extracomment>tile keys in order, and where each figure comes from +1: a rise is good news (green), -1: bad news (red), 0: neither</extracomment>
        <translation>今日上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/wall_kpis.py" line="37" />
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/wall_kpis.py" line="37" />
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/wall_kpis.py" line="97" />
        <source> pts</source>
        <translation> 个百分点</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="44" />
        <source>Grid workers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="45" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="46" />
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="47" />
        <source>On patrol</source>
        <translation>巡查中</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="48" />
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="49" />
        <source>Silent 5+ min</source>
        <translation>5分钟无信号</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="50" />
        <source>Open events</source>
        <translation>在办事件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="51" />
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="52" />
        <source>High</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="53" />
        <source>Medium</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="54" />
        <source>Low</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="55" />
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
</context>
</TS>