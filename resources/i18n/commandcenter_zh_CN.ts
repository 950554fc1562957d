<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="62"/>
        <source>Code</source>
        <comment>Queue</comment>
        <extracomment>sortable columns backed by an index column (Practice) the other user holding the row&apos;s claim, else None (this desk&apos;s own claim is not marked) the mime type of dragged queue rows: a JSON list of event ids every row may be dragged; a constant, so ``flags`` adds no per-cell work to a paint rows another user has claimed (正在由 … 处理), and rows new since last seen</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="62"/>
        <source>Received</source>
        <comment>Queue</comment>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="62"/>
        <source>Source</source>
        <comment>Queue</comment>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="62"/>
        <source>Category</source>
        <comment>Queue</comment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="63"/>
        <source>Title</source>
        <comment>Queue</comment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="63"/>
        <source>Grid</source>
        <comment>Queue</comment>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="63"/>
        <source>Severity</source>
        <comment>Queue</comment>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="63"/>
        <source>Status</source>
        <comment>Queue</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="64"/>
        <source>Assignee</source>
        <comment>Queue</comment>
        <translation>承办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="64"/>
        <source>Deadline</source>
        <comment>Queue</comment>
        <translation>剩余时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="64"/>
        <source>Sign by</source>
        <comment>Queue</comment>
        <translation>签收时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="145"/>
        <source>Possible duplicate of {n} other report(s)</source>
        <translation>疑似与另外 {n} 条上报重复</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="168"/>
        <source>dup?</source>
        <comment>Queue</comment>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="12"/>
        <source>New</source>
        <comment>Status</comment>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="12"/>
        <source>Awaiting dispatch</source>
        <comment>Status</comment>
        <translation>待派遣</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="13"/>
        <source>Dispatched</source>
        <comment>Status</comment>
        <translation>已派遣</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="13"/>
        <source>In progress</source>
        <comment>Status</comment>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="14"/>
        <source>Awaiting verification</source>
        <comment>Status</comment>
        <translation>待核查</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="14"/>
        <source>Follow-up</source>
        <comment>Status</comment>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="15"/>
        <source>Ready to archive</source>
        <comment>Status</comment>
        <translation>待归档</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="15"/>
        <source>Archived</source>
        <comment>Status</comment>
        <translation>已归档</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="16"/>
        <source>Rejected</source>
        <comment>Status</comment>
        <translation>已退件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="16"/>
        <source>Void</source>
        <comment>Status</comment>
        <translation>已作废</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="16"/>
        <source>Merged</source>
        <comment>Status</comment>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="23"/>
        <source>Public facility</source>
        <comment>Category</comment>
        <translation>公共设施</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="23"/>
        <source>Sanitation</source>
        <comment>Category</comment>
        <translation>环境卫生</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="24"/>
        <source>Parking &amp; traffic</source>
        <comment>Category</comment>
        <translation>停车交通</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="24"/>
        <source>Water supply</source>
        <comment>Category</comment>
        <translation>供水</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="25"/>
        <source>Safety hazard</source>
        <comment>Category</comment>
        <translation>安全隐患</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="25"/>
        <source>Fire hazard</source>
        <comment>Category</comment>
        <translation>消防隐患</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="26"/>
        <source>Dispute</source>
        <comment>Category</comment>
        <translation>矛盾纠纷</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="26"/>
        <source>Public security</source>
        <comment>Category</comment>
        <translation>社会治安</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="27"/>
        <source>Special population</source>
        <comment>Category</comment>
        <translation>特殊人群</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="28"/>
        <source>Employment &amp; social security</source>
        <comment>Category</comment>
        <translation>就业社保</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="29"/>
        <source>Housing &amp; property</source>
        <comment>Category</comment>
        <translation>房屋物业</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="30"/>
        <source>Health &amp; epidemic</source>
        <comment>Category</comment>
        <translation>卫生防疫</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="30"/>
        <source>Market &amp; food</source>
        <comment>Category</comment>
        <translation>市场食品</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="31"/>
        <source>Petition</source>
        <comment>Category</comment>
        <translation>信访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="31"/>
        <source>Emergency call</source>
        <comment>Category</comment>
        <translation>紧急求助</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="32"/>
        <source>Other</source>
        <comment>Category</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="39"/>
        <source>Public security</source>
        <comment>Department</comment>
        <translation>公安</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="39"/>
        <source>Urban management</source>
        <comment>Department</comment>
        <translation>城管</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="40"/>
        <source>Civil affairs</source>
        <comment>Department</comment>
        <translation>民政</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="40"/>
        <source>Human resources</source>
        <comment>Department</comment>
        <translation>人社</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="41"/>
        <source>Emergency management</source>
        <comment>Department</comment>
        <translation>应急</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="41"/>
        <source>Fire and rescue</source>
        <comment>Department</comment>
        <translation>消防</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="42"/>
        <source>Housing &amp; construction</source>
        <comment>Department</comment>
        <translation>住建</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="42"/>
        <source>Health</source>
        <comment>Department</comment>
        <translation>卫健</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="43"/>
        <source>Market supervision</source>
        <comment>Department</comment>
        <translation>市场监管</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="43"/>
        <source>Justice</source>
        <comment>Department</comment>
        <translation>司法</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="44"/>
        <source>Petitions</source>
        <comment>Department</comment>
        <translation>信访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="44"/>
        <source>Water</source>
        <comment>Department</comment>
        <translation>水务</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="51"/>
        <source>Grid worker</source>
        <comment>Source</comment>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="51"/>
        <source>12345 hotline</source>
        <comment>Source</comment>
        <translation>12345热线</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="52"/>
        <source>Citizen</source>
        <comment>Source</comment>
        <translation>群众</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="52"/>
        <source>Camera</source>
        <comment>Source</comment>
        <translation>摄像头</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="52"/>
        <source>Drone</source>
        <comment>Source</comment>
        <translation>无人机</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="53"/>
        <source>One-key call</source>
        <comment>Source</comment>
        <translation>一键呼叫</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="53"/>
        <source>Worker SOS</source>
        <comment>Source</comment>
        <translation>网格员紧急求助</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="59"/>
        <source>Small (2 h)</source>
        <comment>Tier</comment>
        <translation>小事（2小时）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="59"/>
        <source>Medium (2 days)</source>
        <comment>Tier</comment>
        <translation>一般（2天）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="60"/>
        <source>Complex (7 days)</source>
        <comment>Tier</comment>
        <translation>复杂（7天）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="65"/>
        <source>Consultation</source>
        <comment>RequestType</comment>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="65"/>
        <source>Request for help</source>
        <comment>RequestType</comment>
        <translation>求助</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="66"/>
        <source>Complaint</source>
        <comment>RequestType</comment>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="66"/>
        <source>Tip-off</source>
        <comment>RequestType</comment>
        <translation>举报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="67"/>
        <source>Suggestion</source>
        <comment>RequestType</comment>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="67"/>
        <source>Praise</source>
        <comment>RequestType</comment>
        <translation>表扬</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="72"/>
        <source>Low</source>
        <comment>Severity</comment>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="72"/>
        <source>Moderate</source>
        <comment>Severity</comment>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="72"/>
        <source>High</source>
        <comment>Severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="73"/>
        <source>Critical</source>
        <comment>Severity</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="78"/>
        <source>Offline</source>
        <comment>WorkerStatus</comment>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="78"/>
        <source>Idle</source>
        <comment>WorkerStatus</comment>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="79"/>
        <source>On patrol</source>
        <comment>WorkerStatus</comment>
        <translation>巡查中</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="79"/>
        <source>Busy</source>
        <comment>WorkerStatus</comment>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="84"/>
        <source>Grid leader</source>
        <comment>WorkerKind</comment>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="84"/>
        <source>Full-time</source>
        <comment>WorkerKind</comment>
        <translation>专职</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="85"/>
        <source>Professional</source>
        <comment>WorkerKind</comment>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="85"/>
        <source>Part-time</source>
        <comment>WorkerKind</comment>
        <translation>兼职</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="90"/>
        <source>Issued</source>
        <comment>OrderStatus</comment>
        <translation>已派发</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="90"/>
        <source>Signed for</source>
        <comment>OrderStatus</comment>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="91"/>
        <source>Completed</source>
        <comment>OrderStatus</comment>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="91"/>
        <source>Returned</source>
        <comment>OrderStatus</comment>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="92"/>
        <source>Cancelled</source>
        <comment>OrderStatus</comment>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="97"/>
        <source>Dispatched</source>
        <comment>NoteKind</comment>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="97"/>
        <source>Signed for</source>
        <comment>NoteKind</comment>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="98"/>
        <source>Progress</source>
        <comment>NoteKind</comment>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="98"/>
        <source>Returned</source>
        <comment>NoteKind</comment>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="99"/>
        <source>Completed</source>
        <comment>NoteKind</comment>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="99"/>
        <source>Cancelled</source>
        <comment>NoteKind</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="100"/>
        <source>Supervision order</source>
        <comment>NoteKind</comment>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="100"/>
        <source>Escalated</source>
        <comment>NoteKind</comment>
        <translation>升级上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="101"/>
        <source>Extension approved</source>
        <comment>NoteKind</comment>
        <translation>延期获批</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="101"/>
        <source>Suspension approved</source>
        <comment>NoteKind</comment>
        <translation>缓办获批</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="102"/>
        <source>Parked</source>
        <comment>NoteKind</comment>
        <translation>挂账</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="102"/>
        <source>Voided</source>
        <comment>NoteKind</comment>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="103"/>
        <source>Note</source>
        <comment>NoteKind</comment>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="103"/>
        <source>Delegated</source>
        <comment>NoteKind</comment>
        <translation>已下派</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="56"/>
        <source>Command Centre · Operator console</source>
        <translation>指挥中心 · 坐席工作台</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="72"/>
        <source>&amp;Case</source>
        <translation>案件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="72"/>
        <source>New report…</source>
        <translation>新建诉求…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="201"/>
        <source>{action}: not offered for this case at this desk</source>
        <translation>{action}：本席位不能对此案件执行此操作</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="259"/>
        <source>Dispatch {n} cases to one receiver</source>
        <translation>将 {n} 件案件派给同一承办方</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="266"/>
        <source>Reject report</source>
        <translation>退件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="274"/>
        <source>Supervision order</source>
        <translation>督办单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="274"/>
        <location filename="../../commandcenter/views/detail.py" line="39"/>
        <source>Escalate</source>
        <translation>升级上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="87"/>
        <location filename="../../commandcenter/views/desk_docks.py" line="32"/>
        <source>Alerts</source>
        <translation>协查通报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="88"/>
        <source>Sightings in time order</source>
        <translation>线索反馈（按时间）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="148"/>
        <source>Give the alert a title</source>
        <translation>请填写通报标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="149"/>
        <source>Choose at least one area</source>
        <translation>请至少选择一个区域</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="163"/>
        <location filename="../../commandcenter/views/assessment.py" line="264"/>
        <location filename="../../commandcenter/views/commands.py" line="48"/>
        <location filename="../../commandcenter/views/grades.py" line="175"/>
        <source>Refused by the hub: {message}</source>
        <translation>被拒绝：{message}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="165"/>
        <location filename="../../commandcenter/views/assessment.py" line="266"/>
        <location filename="../../commandcenter/views/commands.py" line="50"/>
        <location filename="../../commandcenter/views/grades.py" line="177"/>
        <source>Not sent: {message}</source>
        <translation>未发送：{message}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alerts.py" line="169"/>
        <source>Sent: reached {workers} grid workers</source>
        <translation>已发布：推送至 {workers} 名网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="37"/>
        <source>Accept</source>
        <extracomment>action -&gt; (command it sends, keyboard shortcut shown on the button)</extracomment>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="37"/>
        <source>Reject</source>
        <translation>退件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="37"/>
        <location filename="../../commandcenter/views/dispatch.py" line="62"/>
        <location filename="../../commandcenter/views/shortcuts.py" line="13"/>
        <source>Dispatch</source>
        <translation>派遣</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="38"/>
        <source>Verify</source>
        <translation>核查</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="38"/>
        <source>Follow up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="38"/>
        <location filename="../../commandcenter/views/shortcuts.py" line="14"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="39"/>
        <source>Supervise</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="63"/>
        <location filename="../../commandcenter/models/alerts.py" line="181"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="63"/>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="206"/>
        <source>Sign by</source>
        <translation>签收时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/supervisor.py" line="33"/>
        <source>Assessment</source>
        <translation>考核评价</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="94"/>
        <source>Figures</source>
        <extracomment>groupings every refresh asks for: totals (KPIs), the trend, the two bar charts, the hotspots</extracomment>
        <translation>指标统计</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="95"/>
        <location filename="../../commandcenter/views/grades.py" line="156"/>
        <source>Grades</source>
        <translation>考核评分</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="96"/>
        <source>Hotspots</source>
        <translation>分析研判</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="104"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="104"/>
        <location filename="../../commandcenter/views/wall.py" line="102"/>
        <source>Last 7 days</source>
        <translation>近7天</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="104"/>
        <source>Last 30 days</source>
        <translation>近30天</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="105"/>
        <source>Custom range</source>
        <translation>自定义时段</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="110"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="114"/>
        <source>Period</source>
        <translation>统计周期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="141"/>
        <source>By</source>
        <comment>grouping</comment>
        <translation>按</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="63"/>
        <location filename="../../commandcenter/views/rulings.py" line="41"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="232"/>
        <location filename="../../commandcenter/views/grades.py" line="164"/>
        <location filename="../../commandcenter/views/replay.py" line="130"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="290"/>
        <source>{span} · updated {time}</source>
        <translation>{span} · 更新于 {time}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="196"/>
        <source>Not with a department</source>
        <translation>未派至部门</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="203"/>
        <location filename="../../commandcenter/models/ticker.py" line="130"/>
        <source>No grid</source>
        <translation>无网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="209"/>
        <source>Not with a grid worker</source>
        <translation>未派至网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="46"/>
        <source>Approve: {kind}</source>
        <translation>批准：{kind}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="46"/>
        <source>Deny: {kind}</source>
        <translation>驳回：{kind}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="51"/>
        <source>Note for the requester</source>
        <translation>给申请人的批示</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="51"/>
        <source>Why it is denied (required)</source>
        <translation>驳回理由（必填）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="52"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="53"/>
        <location filename="../../commandcenter/views/delegate.py" line="29"/>
        <location filename="../../commandcenter/views/detail.py" line="63"/>
        <location filename="../../commandcenter/views/dialogs.py" line="102"/>
        <location filename="../../commandcenter/views/dialogs.py" line="116"/>
        <location filename="../../commandcenter/views/dialogs.py" line="126"/>
        <location filename="../../commandcenter/views/dispatch.py" line="57"/>
        <location filename="../../commandcenter/views/seat_widgets.py" line="305"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="55"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="55"/>
        <source>Deny</source>
        <translation>驳回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="61"/>
        <source> until {until}</source>
        <translation> 至 {until}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="101"/>
        <location filename="../../commandcenter/views/approvals.py" line="183"/>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="103"/>
        <location filename="../../commandcenter/views/approvals.py" line="184"/>
        <source>Deny…</source>
        <translation>驳回…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="105"/>
        <location filename="../../commandcenter/views/approvals.py" line="185"/>
        <location filename="../../commandcenter/views/rulings.py" line="72"/>
        <location filename="../../commandcenter/views/rulings.py" line="191"/>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="139"/>
        <source>Waiting for a decision: {n}</source>
        <translation>待审批：{n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/approvals.py" line="140"/>
        <source>Decided today: {n}</source>
        <translation>今日已审批：{n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="80"/>
        <source>Order trail</source>
        <translation>办理轨迹</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="105"/>
        <source>Select an event in the queue</source>
        <translation>请在左侧列表中选择事件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="142"/>
        <location filename="../../commandcenter/views/dispatch.py" line="72"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="142"/>
        <location filename="../../commandcenter/views/detail.py" line="205"/>
        <source> · OVERDUE</source>
        <translation> · 已超时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="142"/>
        <location filename="../../commandcenter/views/detail.py" line="143"/>
        <location filename="../../commandcenter/views/dialogs.py" line="65"/>
        <location filename="../../commandcenter/views/intake.py" line="45"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="143"/>
        <location filename="../../commandcenter/views/dialogs.py" line="66"/>
        <location filename="../../commandcenter/views/intake.py" line="45"/>
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="144"/>
        <location filename="../../commandcenter/views/intake.py" line="43"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="145"/>
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="142"/>
        <location filename="../../commandcenter/views/detail.py" line="146"/>
        <location filename="../../commandcenter/views/dispatch.py" line="72"/>
        <location filename="../../commandcenter/views/intake.py" line="47"/>
        <location filename="../../commandcenter/models/area_tree.py" line="24"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="146"/>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="147"/>
        <source>Received</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="147"/>
        <location filename="../../commandcenter/views/dialogs.py" line="64"/>
        <source>Tier</source>
        <translation>处置分级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="113"/>
        <location filename="../../commandcenter/views/detail.py" line="148"/>
        <location filename="../../commandcenter/views/dispatch.py" line="56"/>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="148"/>
        <source>Assignee</source>
        <translation>承办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="149"/>
        <location filename="../../commandcenter/views/intake.py" line="46"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="152"/>
        <source>Oversight</source>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="152"/>
        <source>Supervised, escalated {n}×</source>
        <translation>已督办，升级 {n} 次</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="154"/>
        <source>Returned</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="36"/>
        <source>Reports</source>
        <translation>上报量</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="36"/>
        <location filename="../../commandcenter/models/wall_kpis.py" line="39"/>
        <source>Completion rate</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="36"/>
        <location filename="../../commandcenter/models/wall_kpis.py" line="39"/>
        <source>On-time rate</source>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="36"/>
        <source>Closed-loop rate</source>
        <translation>闭环率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="37"/>
        <location filename="../../commandcenter/views/detail.py" line="156"/>
        <location filename="../../commandcenter/views/dialogs.py" line="115"/>
        <location filename="../../commandcenter/models/wall_kpis.py" line="40"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="47"/>
        <source>{valid} valid · {rejected} rejected</source>
        <translation>有效 {valid} · 不予受理 {rejected}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="50"/>
        <source>{done} completed of {valid} valid</source>
        <translation>有效 {valid} 件中办结 {done} 件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="53"/>
        <source>{on_time} on time of {judged} due</source>
        <translation>到期 {judged} 件中按时办结 {on_time} 件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="56"/>
        <source>{archived} archived of {valid} valid</source>
        <translation>有效 {valid} 件中归档 {archived} 件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_tiles.py" line="59"/>
        <source>of 5 · {rated} follow-ups</source>
        <translation>满分5分 · 回访 {rated} 件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="60"/>
        <source>Accept report</source>
        <translation>受理事件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="81"/>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="82"/>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="60"/>
        <location filename="../../commandcenter/views/rulings.py" line="41"/>
        <location filename="../../commandcenter/views/seat_widgets.py" line="283"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="90"/>
        <source>Verify the result</source>
        <translation>核查处置结果</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="94"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="94"/>
        <source>Failed: send back</source>
        <translation>不通过：退回重办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="100"/>
        <source>What was checked, and how</source>
        <translation>核查内容与方式</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="101"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="110"/>
        <location filename="../../commandcenter/views/shortcuts.py" line="14"/>
        <source>Follow-up call</source>
        <translation>电话回访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="111"/>
        <source>5 · Very satisfied</source>
        <translation>5 · 非常满意</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="111"/>
        <source>4 · Satisfied</source>
        <translation>4 · 满意</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="111"/>
        <source>3 · Neutral</source>
        <translation>3 · 一般</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="112"/>
        <source>2 · Dissatisfied</source>
        <translation>2 · 不满意</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="112"/>
        <source>1 · Very dissatisfied</source>
        <translation>1 · 非常不满意</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="114"/>
        <source>What the reporter said</source>
        <translation>群众反馈</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dialogs.py" line="125"/>
        <source>Note (required)</source>
        <translation>说明（必填）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="34"/>
        <source>Dispatch {code}</source>
        <translation>派遣 {code}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="142"/>
        <location filename="../../commandcenter/views/dispatch.py" line="39"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="40"/>
        <source>Department seat</source>
        <translation>部门席位</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="50"/>
        <source>Instructions for the receiver</source>
        <translation>给承办人的办理要求</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="58"/>
        <source>Routing table suggests: {dept}</source>
        <translation>按分流规则建议派往：{dept}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="59"/>
        <source>No default department for this category</source>
        <translation>此类别无默认承办部门</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="72"/>
        <location filename="../../commandcenter/views/replay.py" line="81"/>
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="72"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="72"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="72"/>
        <location filename="../../commandcenter/views/seat_widgets.py" line="120"/>
        <source>Open orders</source>
        <translation>在办工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment.py" line="142"/>
        <location filename="../../commandcenter/views/dispatch.py" line="83"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="83"/>
        <source>Liaison</source>
        <translation>联络员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="83"/>
        <location filename="../../commandcenter/models/seats.py" line="131"/>
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="83"/>
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="83"/>
        <location filename="../../commandcenter/views/filters.py" line="43"/>
        <location filename="../../commandcenter/views/seat_widgets.py" line="121"/>
        <location filename="../../commandcenter/views/wall_panels.py" line="64"/>
        <location filename="../../commandcenter/models/wall_kpis.py" line="38"/>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="87"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="87"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="14"/>
        <source>All open</source>
        <translation>全部在办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="15"/>
        <source>New</source>
        <translation>待受理</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="16"/>
        <source>Awaiting dispatch</source>
        <translation>待派遣</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="17"/>
        <location filename="../../commandcenter/models/wall_kpis.py" line="38"/>
        <source>In progress</source>
        <translation>处置中</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="18"/>
        <source>Awaiting verification</source>
        <translation>待核查</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="19"/>
        <source>Follow-up</source>
        <translation>待回访</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="35"/>
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="41"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="42"/>
        <source>Any severity</source>
        <translation>全部紧急程度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="42"/>
        <source>High and up</source>
        <translation>严重及以上</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="45"/>
        <source>Area code</source>
        <translation>区域代码</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="48"/>
        <source>Show every area, or only one district or street</source>
        <translation>显示全部区域，或只看一个区县、街道</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="50"/>
        <source>Search code, title, description (Ctrl+F)</source>
        <translation>搜索编号、标题、描述（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="110"/>
        <source>All areas</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/filters.py" line="116"/>
        <source>{n} new</source>
        <translation>{n} 条新事件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="18"/>
        <source>Command Centre · Log in</source>
        <translation>指挥中心 · 登录</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="24"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="28"/>
        <source>Hub</source>
        <translation>服务地址</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="29"/>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="30"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="32"/>
        <source>Grid governance command centre</source>
        <translation>网格化服务管理指挥中心</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="56"/>
        <source>Connecting to {url}…</source>
        <translation>正在连接 {url}…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="74"/>
        <source>Login refused: {message}</source>
        <translation>登录被拒绝：{message}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/login.py" line="78"/>
        <source>Could not reach the hub at {url}. Is it running? (still no answer after {s:.0f} s)</source>
        <translation>无法连接服务 {url}，请确认服务已启动（{s:.0f} 秒内无响应）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="11"/>
        <source>Move through the queue</source>
        <translation>在列表中移动</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="11"/>
        <source>Select several (D dispatches them all)</source>
        <translation>多选（按 D 一并派遣）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="12"/>
        <source>Open the event (focus the detail)</source>
        <translation>打开事件详情</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="13"/>
        <source>Accept with tier</source>
        <translation>受理并分级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="13"/>
        <source>Reject with a reason</source>
        <translation>填写原因退件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="14"/>
        <source>Verify (pass or fail)</source>
        <translation>核查（通过或退回）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="15"/>
        <source>Supervise / escalate (supervisors)</source>
        <translation>督办 / 升级（督查人员）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="15"/>
        <source>Merge into the chosen duplicate candidate</source>
        <translation>合并到所选疑似重复案件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="18"/>
        <source>Status filters</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="17"/>
        <source>Seats / video links / alerts</source>
        <translation>部门席位 / 视联网 / 协查通报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="19"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="19"/>
        <source>Back to the queue</source>
        <translation>回到列表</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="74"/>
        <source>Command Centre · Department seat</source>
        <extracomment>the hub&apos;s statistics are asked again at most this often, and at least every STATS_EVERY_MS</extracomment>
        <translation>指挥中心 · 部门席位</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="80"/>
        <source>Show closed orders</source>
        <translation>显示已结工单</translation>
    </message>
    <message>
        <source>R sign for · B return · P progress · C complete · F1 keys</source>
        <translation type="vanished">R 签收 · B 退回 · P 进展 · C 办结 · F1 快捷键</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="238"/>
        <location filename="../../commandcenter/views/seat_widgets.py" line="54"/>
        <source>Progress note</source>
        <translation>进展反馈</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="238"/>
        <source>What has been done so far (required)</source>
        <translation>目前处置进展（必填）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="240"/>
        <source>Complete the order</source>
        <translation>办结工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="240"/>
        <source>How it was resolved</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="268"/>
        <source>Move through the orders</source>
        <translation>在工单间移动</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="268"/>
        <source>Sign for the order</source>
        <translation>签收工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="269"/>
        <source>Return it with a reason</source>
        <translation>填写原因并退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="269"/>
        <source>Add a progress note</source>
        <translation>反馈处置进展</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="270"/>
        <source>Ask for an extension (a new deadline)</source>
        <translation>申请延期（新的办结时限）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="271"/>
        <source>Ask for a suspension (the clock stops until a date)</source>
        <translation>申请缓办（计时暂停至指定时间）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="272"/>
        <location filename="../../commandcenter/views/shortcuts.py" line="19"/>
        <source>This sheet</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="270"/>
        <source>Complete with a note</source>
        <translation>填写结果并办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="103"/>
        <source>R sign for · B return · P progress · C complete · E extension · S suspension · F1 keys</source>
        <translation>R 签收 · B 退回 · P 进展 · C 办结 · E 延期 · S 缓办 · F1 快捷键</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_panel.py" line="271"/>
        <source>Back to the orders</source>
        <translation>返回工单列表</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="54"/>
        <source>Sign for</source>
        <extracomment>the &quot;progress&quot; note is not a life-cycle action; it has its own key (Practice) the receiver asks a supervisor for more time: an extension (延期) or a suspension (缓办) action -&gt; (command, key)</extracomment>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="54"/>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="55"/>
        <source>Complete</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="55"/>
        <source>Request extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="55"/>
        <source>Request suspension</source>
        <translation>申请缓办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="79"/>
        <source>Not our department&apos;s matter</source>
        <translation>非本部门职责</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="80"/>
        <source>Not enough information</source>
        <translation>信息不全</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="81"/>
        <source>Outside our area</source>
        <translation>不在本辖区</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="82"/>
        <source>Duplicate of another case</source>
        <translation>重复案件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="83"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="116"/>
        <source>{department} seat</source>
        <translation>{department}席位</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="120"/>
        <source>Orders issued to the department and not yet closed</source>
        <translation>已派至本部门、尚未办结的工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="121"/>
        <source>Open orders past their deadline</source>
        <translation>已超过办理时限的在办工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="122"/>
        <source>Completed today</source>
        <translation>今日办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="123"/>
        <source>The department&apos;s cases completed today, whenever they were reported (hub statistics)</source>
        <translation>本部门今日办结的案件（无论何时上报；平台统计）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="125"/>
        <source>Of the department&apos;s cases completed today that had a deadline, the share completed in time (hub statistics)</source>
        <translation>本部门今日办结且有时限的案件中按时办结的比例（平台统计）</translation>
    </message>
    <message>
        <source>Of today&apos;s reports assigned to the department, how many it has completed (hub statistics)</source>
        <translation type="vanished">今日上报并派至本部门的事件中已办结的数量（平台统计）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="124"/>
        <source>On time today</source>
        <translation>今日按时办结率</translation>
    </message>
    <message>
        <source>Of today&apos;s department cases with a deadline that has been met or has passed, the share completed in time (hub statistics)</source>
        <translation type="vanished">今日本部门已办结或已到期的事件中按时办结的比例（平台统计）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="151"/>
        <source>{n} incoming, not yet signed for</source>
        <translation>{n} 件新工单待签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="154"/>
        <source>No incoming orders</source>
        <translation>暂无待签收工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="221"/>
        <source>Select an order</source>
        <translation>请选择工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="225"/>
        <source> · ruled (final): cannot be returned</source>
        <translation> · 已裁定（终审）：不可退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="226"/>
        <source>Order #{id} · {state}</source>
        <translation>工单 #{id} · {state}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="278"/>
        <source>Return the order</source>
        <translation>退回工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="282"/>
        <source>Details for the operator (required for Other)</source>
        <translation>退回说明（选择“其他”时必填）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="284"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_widgets.py" line="324"/>
        <location filename="../../commandcenter/views/shortcuts.py" line="26"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="14"/>
        <location filename="../../commandcenter/views/wall.py" line="221"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="14"/>
        <location filename="../../commandcenter/views/wall.py" line="221"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="14"/>
        <location filename="../../commandcenter/views/wall.py" line="221"/>
        <source>Reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="15"/>
        <location filename="../../commandcenter/views/wall.py" line="222"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="46"/>
        <source>showing the last state, {age} old</source>
        <translation>显示的是 {age} 前的数据</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="48"/>
        <source>last frame {age} ago</source>
        <translation>最近一帧在 {age} 前</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="53"/>
        <source>seq {seq}</source>
        <translation>序号 {seq}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="39"/>
        <source>e.g. Missing elderly man, 82, blue coat</source>
        <translation>例：寻找走失老人，82岁，穿蓝色外套</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="42"/>
        <source>What to look for, whom to call</source>
        <translation>体貌特征、联系方式等</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="44"/>
        <location filename="../../commandcenter/models/alerts.py" line="97"/>
        <source>Expires</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="58"/>
        <source>Send alert</source>
        <translation>发布协查</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="79"/>
        <source>Find an area</source>
        <translation>查找区域</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="90"/>
        <source>Rectangle</source>
        <translation>框选</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="90"/>
        <source>Drag a rectangle on the map to add its grids</source>
        <translation>在地图上拖出矩形，加入其中的网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="91"/>
        <source>Lasso</source>
        <translation>圈选</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="91"/>
        <source>Draw round grids on the map to add them</source>
        <translation>在地图上圈画，加入圈内网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="93"/>
        <location filename="../../commandcenter/views/replay.py" line="69"/>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="99"/>
        <location filename="../../commandcenter/views/intake.py" line="46"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="100"/>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="106"/>
        <source>Recipients</source>
        <translation>推送范围</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="128"/>
        <source>Tick areas in the tree or draw on the map</source>
        <translation>请在区域树中勾选，或在地图上框选</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/alert_compose.py" line="130"/>
        <source>{areas} areas chosen · will reach {workers} grid workers</source>
        <translation>已选 {areas} 个区域 · 将推送至 {workers} 名网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="50"/>
        <location filename="../../commandcenter/views/assessment_charts.py" line="77"/>
        <source>Daily trend</source>
        <extracomment>narrower than this, the charts go into tabs</extracomment>
        <translation>每日趋势</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="51"/>
        <source>Reports by category</source>
        <translation>分类别上报量</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="52"/>
        <source>Departments (%)</source>
        <translation>部门对比(%)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="52"/>
        <source>Completion</source>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="53"/>
        <source>On time</source>
        <translation>按时率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="77"/>
        <source>By category</source>
        <translation>按类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="78"/>
        <source>Departments</source>
        <translation>部门对比</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="94"/>
        <location filename="../../commandcenter/views/wall.py" line="100"/>
        <location filename="../../commandcenter/views/wall_panels.py" line="180"/>
        <source>Reported</source>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/assessment_charts.py" line="96"/>
        <location filename="../../commandcenter/views/wall.py" line="100"/>
        <location filename="../../commandcenter/views/wall_panels.py" line="182"/>
        <location filename="../../commandcenter/models/wall_kpis.py" line="38"/>
        <source>Completed</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/desk_docks.py" line="26"/>
        <location filename="../../commandcenter/views/replay.py" line="167"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/desk_docks.py" line="28"/>
        <source>Seats</source>
        <translation>部门席位</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/desk_docks.py" line="29"/>
        <source>Video links</source>
        <translation>视联网</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="51"/>
        <source>Exporting {n} rows…</source>
        <extracomment>rows read and written between two passes of the event loop</extracomment>
        <translation>正在导出 {n} 行…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="51"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="53"/>
        <location filename="../../commandcenter/views/export.py" line="151"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="94"/>
        <source>Saving {name}…</source>
        <translation>正在保存 {name}…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="119"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="119"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="122"/>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="148"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="148"/>
        <source>Could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/export.py" line="152"/>
        <source>The table changed while it was exported; some rows may be missing or repeated. Export again for an exact copy.</source>
        <translation>导出过程中表格数据有变化，部分行可能缺失或重复。如需准确副本请重新导出。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/hotspots.py" line="54"/>
        <source>Heat layer on the map</source>
        <translation>地图热力图层</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_overview.py" line="35"/>
        <source>Drop an event from the queue onto a seat to dispatch it to that department.</source>
        <translation>将事件从队列拖到席位上，即派发给该部门。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/seat_overview.py" line="78"/>
        <source>{code} dispatched to {department}</source>
        <translation>{code} 已派发至{department}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/supervisor.py" line="26"/>
        <source>Command Centre · Supervisor desk</source>
        <translation>指挥中心 · 督查督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/supervisor.py" line="31"/>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/supervisor.py" line="32"/>
        <source>Watch lists</source>
        <translation>督办清单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/supervisor.py" line="61"/>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/supervisor.py" line="61"/>
        <source>Rulings</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="66"/>
        <location filename="../../commandcenter/models/video_links.py" line="320"/>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="67"/>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="74"/>
        <source>No video link matches the filter</source>
        <translation>没有符合条件的视频链路</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="90"/>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="91"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/video_board.py" line="123"/>
        <source>Showing {shown} of {total} links</source>
        <translation>显示 {shown} / {total} 条链路</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/grades.py" line="83"/>
        <location filename="../../commandcenter/views/grades.py" line="225"/>
        <location filename="../../commandcenter/views/watchlists.py" line="56"/>
        <location filename="../../commandcenter/views/watchlists.py" line="98"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/grades.py" line="108"/>
        <source>Grade by</source>
        <translation>评分维度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/grades.py" line="108"/>
        <source>Red / black list size</source>
        <translation>红黑榜人数</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/grades.py" line="115"/>
        <source>Red list · best</source>
        <translation>红榜 · 前列</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/grades.py" line="116"/>
        <source>Black list · worst</source>
        <translation>黑榜 · 末位</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/grades.py" line="198"/>
        <source>{ranked} ranked of {rows}</source>
        <translation>参与排名 {ranked} / 共 {rows}</translation>
    </message>
    <message>
        <source>{graded} graded of {rows}</source>
        <translation type="vanished">已评分 {graded} / 共 {rows}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/grades.py" line="206"/>
        <source>Red list · best {n}</source>
        <translation>红榜 · 前 {n} 名</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/grades.py" line="207"/>
        <source>Black list · worst {n}</source>
        <translation>黑榜 · 后 {n} 名</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="202"/>
        <source>No operator</source>
        <translation>无坐席员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="203"/>
        <source>No area</source>
        <translation>无所属区域</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ages.py" line="13"/>
        <source>{n} s</source>
        <comment>Age</comment>
        <translation>{n}秒</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ages.py" line="15"/>
        <source>{n} min</source>
        <comment>Age</comment>
        <translation>{n}分钟</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ages.py" line="17"/>
        <source>{h} h {m:02d} min</source>
        <comment>Age</comment>
        <translation>{h}小时{m:02d}分</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ages.py" line="18"/>
        <source>{d} d {h} h</source>
        <comment>Age</comment>
        <translation>{d}天{h}小时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="97"/>
        <source>Alert</source>
        <translation>协查通报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="97"/>
        <source>Sent</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="97"/>
        <source>Reached</source>
        <translation>覆盖人数</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="97"/>
        <source>Sightings</source>
        <translation>线索</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="126"/>
        <source>No expiry</source>
        <translation>长期有效</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="128"/>
        <source>Expired {time}</source>
        <translation>已于{time}失效</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="181"/>
        <source>Reported by</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/alerts.py" line="181"/>
        <source>Report</source>
        <translation>线索内容</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="23"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="23"/>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="23"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="24"/>
        <source>Exclusive grid</source>
        <translation>专属网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="25"/>
        <source>Special grid</source>
        <translation>专项网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="70"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/area_tree.py" line="70"/>
        <source>Workers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="44"/>
        <source>Order</source>
        <comment>Seat</comment>
        <extracomment>(Practice) the status of the latest request about the order (pending, approved, denied), else None the decision&apos;s colour in the approval column: readable on the dark and the light theme</extracomment>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="44"/>
        <source>Status</source>
        <comment>Seat</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="44"/>
        <source>Deadline</source>
        <comment>Seat</comment>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="45"/>
        <source>Requests</source>
        <comment>Seat</comment>
        <translation>申请事项</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="46"/>
        <source>Event</source>
        <comment>Seat</comment>
        <translation>事件编号</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="46"/>
        <source>Title</source>
        <comment>Seat</comment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="46"/>
        <source>Category</source>
        <comment>Seat</comment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="47"/>
        <source>Grid</source>
        <comment>Seat</comment>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="47"/>
        <source>Received</source>
        <comment>Seat</comment>
        <translation>派单时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="84"/>
        <source>Incoming: not yet signed for</source>
        <translation>新派工单：尚未签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/orders.py" line="128"/>
        <source>Ruled (final)</source>
        <comment>Seat</comment>
        <translation>已裁定（终审）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="126"/>
        <source>Liaison: {name}</source>
        <translation>联络员：{name}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="126"/>
        <source>No liaison at the seat</source>
        <translation>席位无人值守</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="127"/>
        <source>Open {open} · overdue {overdue}</source>
        <translation>在办 {open} · 超期 {overdue}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="129"/>
        <source>No open orders</source>
        <translation>无在办工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="129"/>
        <source>Oldest open: {age}</source>
        <translation>最久在办：{age}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="131"/>
        <source>Off duty</source>
        <translation>离席</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="151"/>
        <source>Drop an event from the queue onto a seat.</source>
        <translation>请将队列中的事件拖到席位上。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="156"/>
        <source>That event is no longer in the live picture.</source>
        <translation>该事件已不在实时数据中。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/seats.py" line="158"/>
        <source>{code} cannot be dispatched: it is {status}.</source>
        <translation>{code} 无法派发：当前为“{status}”。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="51"/>
        <source>Department</source>
        <comment>Stats</comment>
        <extracomment>(row field, kind) of the assessment table after the name column</extracomment>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="51"/>
        <source>Category</source>
        <comment>Stats</comment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="52"/>
        <source>Grid</source>
        <comment>Stats</comment>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="52"/>
        <source>Grid worker</source>
        <comment>Stats</comment>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="52"/>
        <source>Day</source>
        <comment>Stats</comment>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="53"/>
        <source>Name</source>
        <comment>Stats</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="53"/>
        <source>Reported</source>
        <comment>Stats</comment>
        <translation>上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="53"/>
        <source>Valid</source>
        <comment>Stats</comment>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="54"/>
        <source>Completed</source>
        <comment>Stats</comment>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="54"/>
        <source>Completion rate</source>
        <comment>Stats</comment>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="54"/>
        <source>On-time rate</source>
        <comment>Stats</comment>
        <translation>按时办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="55"/>
        <source>Closed-loop rate</source>
        <comment>Stats</comment>
        <translation>闭环率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="55"/>
        <source>Satisfaction</source>
        <comment>Stats</comment>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="56"/>
        <source>Rating</source>
        <comment>Stats</comment>
        <translation>星级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="116"/>
        <source>Rank</source>
        <comment>Hotspots</comment>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="116"/>
        <source>Grid</source>
        <comment>Hotspots</comment>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="116"/>
        <source>Reports</source>
        <comment>Hotspots</comment>
        <translation>上报量</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="117"/>
        <source>Most recurring</source>
        <comment>Hotspots</comment>
        <translation>高发类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/stats.py" line="117"/>
        <source>Times</source>
        <comment>Hotspots</comment>
        <translation>次数</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="51"/>
        <source>Down</source>
        <comment>LinkState</comment>
        <extracomment>shown state -&gt; tile tone (colours live with the tile widget)</extracomment>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="51"/>
        <source>Stale</source>
        <comment>LinkState</comment>
        <translation>失联</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="52"/>
        <source>Degraded</source>
        <comment>LinkState</comment>
        <translation>质量下降</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="52"/>
        <source>In call</source>
        <comment>LinkState</comment>
        <translation>会商中</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="53"/>
        <source>Up</source>
        <comment>LinkState</comment>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="58"/>
        <source>City</source>
        <comment>LinkLevel</comment>
        <translation>市级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="58"/>
        <source>County</source>
        <comment>LinkLevel</comment>
        <translation>县级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="59"/>
        <source>Township</source>
        <comment>LinkLevel</comment>
        <translation>乡镇级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="59"/>
        <source>Village</source>
        <comment>LinkLevel</comment>
        <translation>村级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="64"/>
        <source>Video terminals</source>
        <comment>LinkKind</comment>
        <translation>视频终端</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="64"/>
        <source>Cameras</source>
        <comment>LinkKind</comment>
        <translation>监控摄像头</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="65"/>
        <source>Drones</source>
        <comment>LinkKind</comment>
        <translation>无人机</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="173"/>
        <source>Never reported</source>
        <translation>从未上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="173"/>
        <source>Reported {age} ago</source>
        <translation>{age}前上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="176"/>
        <source>Last said: {state}</source>
        <translation>最后上报：{state}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="177"/>
        <source>Bitrate {rate}</source>
        <translation>码率 {rate}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="179"/>
        <source>Latency {latency} · loss {loss}</source>
        <translation>时延 {latency} · 丢包 {loss}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/video_links.py" line="318"/>
        <source>Total</source>
        <comment>LinkState</comment>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="39"/>
        <source>Overdue</source>
        <comment>Watch</comment>
        <extracomment>how often the clock-bound lists are re-checked</extracomment>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="39"/>
        <source>Due within the hour</source>
        <comment>Watch</comment>
        <translation>一小时内到期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="40"/>
        <source>Returned more than once</source>
        <comment>Watch</comment>
        <translation>多次退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="41"/>
        <source>Failed verification</source>
        <comment>Watch</comment>
        <translation>核查未通过</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="42"/>
        <source>Low satisfaction</source>
        <comment>Watch</comment>
        <translation>满意度低</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="46"/>
        <source>Returns</source>
        <comment>Watch</comment>
        <translation>退回情况</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="46"/>
        <source>Failures</source>
        <comment>Watch</comment>
        <translation>核查未通过</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="47"/>
        <source>Satisfaction</source>
        <comment>Watch</comment>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="47"/>
        <source>Oversight</source>
        <comment>Watch</comment>
        <translation>督办情况</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="48"/>
        <source>Code</source>
        <comment>Watch</comment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="48"/>
        <source>Title</source>
        <comment>Watch</comment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="48"/>
        <source>Category</source>
        <comment>Watch</comment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="48"/>
        <source>Status</source>
        <comment>Watch</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="49"/>
        <source>Assignee</source>
        <comment>Watch</comment>
        <translation>承办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="49"/>
        <source>Deadline</source>
        <comment>Watch</comment>
        <translation>办理时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="100"/>
        <source>Supervised</source>
        <comment>Watch</comment>
        <translation>已督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/watch.py" line="102"/>
        <source>Escalated {n}×</source>
        <comment>Watch</comment>
        <translation>已升级 {n} 次</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="30"/>
        <location filename="../../commandcenter/views/shortcuts.py" line="16"/>
        <source>New report (hotline intake)</source>
        <translation>新建诉求（热线受理）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="33"/>
        <source>Grid matter (no request type)</source>
        <translation>网格事项（无诉求类型）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="39"/>
        <source>What is wrong, in a few words</source>
        <translation>简要概括问题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="41"/>
        <source>What the caller says: where exactly, since when, who is affected</source>
        <translation>来电人陈述：具体位置、持续时间、影响对象</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="43"/>
        <location filename="../../commandcenter/views/practice_rows.py" line="22"/>
        <source>Request type</source>
        <translation>诉求类型</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="44"/>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/intake.py" line="44"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="75"/>
        <source>Command Centre wall</source>
        <translation>指挥中心大屏</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="101"/>
        <source>Latest events and alerts</source>
        <translation>最新事件与预警</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="103"/>
        <source>Department seats · open / overdue orders</source>
        <translation>部门席位 · 在办 / 超时工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="104"/>
        <source>Video network</source>
        <translation>视联网</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="105"/>
        <source>Department ranking · last 30 days</source>
        <translation>部门红黑榜 · 近30天</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="114"/>
        <source>Grid Governance Command Centre</source>
        <translation>网格化服务管理指挥中心</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall.py" line="116"/>
        <source>▲▼ change since the same time yesterday</source>
        <translation>▲▼ 较昨日同一时刻</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_panels.py" line="62"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_panels.py" line="62"/>
        <source>High</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_panels.py" line="63"/>
        <source>Medium</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_panels.py" line="63"/>
        <source>Low</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_panels.py" line="64"/>
        <source>Grid workers on duty (density)</source>
        <translation>在岗网格员（密度）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ticker.py" line="132"/>
        <source>Details withheld on the wall</source>
        <translation>大屏不显示详情</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ticker.py" line="136"/>
        <source>Overdue: {what}</source>
        <translation>超时：{what}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/ticker.py" line="143"/>
        <source>Alert to {count} grid workers</source>
        <translation>预警推送 {count} 名网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/wall_kpis.py" line="37"/>
        <source>Reports today</source>
        <extracomment>tile keys in order, and where each figure comes from +1: a rise is good news (green), -1: bad news (red), 0: neither</extracomment>
        <translation>今日上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/wall_kpis.py" line="37"/>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/wall_kpis.py" line="37"/>
        <source>Dispatched</source>
        <translation>已派单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/wall_kpis.py" line="97"/>
        <source> pts</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/case_actions.py" line="24"/>
        <source>Cancel order</source>
        <translation>撤回工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/case_actions.py" line="24"/>
        <source>Request park</source>
        <translation>申请挂账</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/case_actions.py" line="25"/>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="79"/>
        <source>Request void</source>
        <translation>申请作废</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/coverage.py" line="72"/>
        <source>{n} grids, mean {share}</source>
        <translation>{n} 个网格，平均 {share}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/coverage.py" line="73"/>
        <source>no patrol recorded yet today</source>
        <translation>今日尚无巡查记录</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/coverage.py" line="85"/>
        <source>Patrol coverage today</source>
        <translation>今日巡查覆盖率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/coverage.py" line="110"/>
        <source>Patrol coverage</source>
        <translation>巡查覆盖率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/coverage.py" line="111"/>
        <source>Fill the grids by today&apos;s patrol coverage</source>
        <translation>按今日巡查覆盖率填色网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/delegate.py" line="16"/>
        <location filename="../../commandcenter/views/shortcuts.py" line="18"/>
        <source>Delegate to a centre below</source>
        <translation>下派至下级中心</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/delegate.py" line="26"/>
        <source>What the centre below should do</source>
        <translation>请下级中心办理的事项</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/delegate.py" line="27"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/delegate.py" line="28"/>
        <source>To</source>
        <translation>下派至</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/duplicates.py" line="35"/>
        <source>Merge into selected  (M)</source>
        <translation>合并到所选  (M)</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/duplicates.py" line="82"/>
        <source>Possible duplicates</source>
        <translation>疑似重复</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/duplicates.py" line="84"/>
        <source>Possible duplicates: {n}</source>
        <translation>疑似重复：{n} 条</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/duplicates.py" line="86"/>
        <source>No possible duplicates</source>
        <translation>无疑似重复</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/field_desk.py" line="104"/>
        <source>Held by</source>
        <extracomment>the console&apos;s single keys that act on the current case (its actions, and M: merge into a duplicate)</extracomment>
        <translation>办理中心</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/field_desk.py" line="116"/>
        <source>Delegate…</source>
        <translation>下派…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/grades_chart.py" line="35"/>
        <source>Scores by grade</source>
        <extracomment>grade -&gt; colour (A green … E red), for the chart and the grade chips the grade floors drawn on the chart</extracomment>
        <translation>得分（按等级着色）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/grades_chart.py" line="67"/>
        <source>{title} · best {n} of {total}</source>
        <translation>{title} · 前 {n} 名（共 {total}）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="43"/>
        <source>This case is being handled by {user}. Take over from {user}?</source>
        <translation>此案件正在由 {user} 处理。是否从 {user} 接手？</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="44"/>
        <source>Take over from {user}?</source>
        <translation>从 {user} 接手？</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="44"/>
        <source>Take over</source>
        <translation>接手</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="49"/>
        <source>Merge {duplicate} into {master}? {duplicate} ends as merged; its open order is cancelled.</source>
        <translation>将 {duplicate} 合并到 {master}？{duplicate} 将标记为已合并，其未办结工单将撤回。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="51"/>
        <source>Merge duplicate report</source>
        <translation>合并重复上报</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="51"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="73"/>
        <source>Cancel order #{id}</source>
        <translation>撤回工单 #{id}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="74"/>
        <source>Why the order is withdrawn (required)</source>
        <translation>撤回原因（必填）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="79"/>
        <source>Request park (long-term matter)</source>
        <translation>申请挂账（长期事项）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="80"/>
        <source>Why (the supervisor decides)</source>
        <translation>申请理由（由督查审批）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="90"/>
        <source>Request an extension</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="90"/>
        <source>Request a suspension</source>
        <translation>申请缓办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="91"/>
        <source>Why more time is needed (required)</source>
        <translation>申请理由（必填）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="99"/>
        <source>New deadline</source>
        <translation>新办结时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_dialogs.py" line="99"/>
        <source>Suspend until</source>
        <translation>缓办至</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="24"/>
        <source>Original deadline</source>
        <translation>原办结时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="24"/>
        <source> (extended)</source>
        <translation>（已延期）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="26"/>
        <source>Suspended until</source>
        <translation>缓办至</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="26"/>
        <source> · the clock is paused</source>
        <translation> · 计时暂停</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="28"/>
        <source>Parked</source>
        <translation>挂账</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="28"/>
        <source>A long-term matter: out of the overdue counts</source>
        <translation>长期事项：不计入超期统计</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="36"/>
        <location filename="../../commandcenter/views/practice_rows.py" line="38"/>
        <source>Re-route</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="36"/>
        <source>The category no longer matches the receiver: re-dispatch (D)</source>
        <translation>类别与承办单位不再对应：请重新派遣（D）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="38"/>
        <source>The category has changed: the centre may re-route this case</source>
        <translation>类别已变更：中心可能改派此案件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="45"/>
        <source>Ruling</source>
        <translation>裁定</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="45"/>
        <source>Needs a supervisor&apos;s ruling (returned {n}×)</source>
        <translation>需督查裁定（已退回 {n} 次）</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="47"/>
        <source>Ruled</source>
        <translation>已裁定</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="47"/>
        <location filename="../../commandcenter/views/seat_widgets.py" line="263"/>
        <source>Ruled (final): cannot be returned</source>
        <translation>已裁定（终审）：不可退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="54"/>
        <location filename="../../commandcenter/views/practice_rows.py" line="56"/>
        <source>Claimed by</source>
        <translation>认领</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="54"/>
        <source>You, until {time}</source>
        <translation>本人，至 {time}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="56"/>
        <location filename="../../commandcenter/models/event_queue.py" line="143"/>
        <source>Being handled by {user}</source>
        <translation>正在由 {user} 处理</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="63"/>
        <source>until {time}</source>
        <translation>至 {time}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="64"/>
        <source>asked by {user}: {reason}</source>
        <translation>{user} 申请：{reason}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/practice_rows.py" line="66"/>
        <source>decided by {user}</source>
        <translation>{user} 审批</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/replay.py" line="59"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/replay.py" line="59"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/replay.py" line="59"/>
        <source>{n}×</source>
        <translation>{n}倍速</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/replay.py" line="68"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/replay.py" line="70"/>
        <source>Choose a worker (or click one on the map) and a day</source>
        <translation>选择网格员（或在地图上点击网格员）和日期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/replay.py" line="83"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/replay.py" line="127"/>
        <source>Choose a worker first</source>
        <translation>请先选择网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/replay.py" line="139"/>
        <source>No track kept for this worker on that day</source>
        <translation>该网格员当日无轨迹记录</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/replay.py" line="144"/>
        <source>{n} points, {first}–{last}</source>
        <translation>{n} 个轨迹点，{first}–{last}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/replay.py" line="162"/>
        <location filename="../../commandcenter/views/shortcuts.py" line="17"/>
        <source>Replay a worker&apos;s day</source>
        <translation>网格员轨迹回放</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/rulings.py" line="41"/>
        <source>Returned at</source>
        <translation>退回时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/rulings.py" line="41"/>
        <source>Receiver</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/rulings.py" line="70"/>
        <location filename="../../commandcenter/views/rulings.py" line="190"/>
        <source>Rule and dispatch…</source>
        <translation>裁定派遣…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/rulings.py" line="92"/>
        <source>Return history</source>
        <extracomment>``query.orders`` answers: the returned orders (closed, so not in the replica) by event, and the event&apos;s ``returns`` when asked (asked again only when it grows)</extracomment>
        <translation>退回记录</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/rulings.py" line="120"/>
        <source>Cases waiting for a ruling: {n}</source>
        <translation>待裁定案件：{n}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/rulings.py" line="137"/>
        <source>No case waits for a ruling.</source>
        <translation>暂无待裁定案件。</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/rulings.py" line="179"/>
        <source>Rule and dispatch {code}</source>
        <translation>裁定派遣 {code}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/sos_alarm.py" line="31"/>
        <source>Acknowledge</source>
        <translation>确认接警</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/sos_alarm.py" line="31"/>
        <source>+{n} more SOS calls waiting</source>
        <translation>另有 {n} 条紧急求助待确认</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_ranking.py" line="73"/>
        <source>Red list</source>
        <extracomment>departments on each list grid columns per list (rank, name, grade, score) and a gap</extracomment>
        <translation>红榜</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/wall_ranking.py" line="74"/>
        <source>Black list</source>
        <translation>黑榜</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="33"/>
        <location filename="../../commandcenter/models/practice_labels.py" line="8"/>
        <source>Extension</source>
        <comment>Approval</comment>
        <translation>延期</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="33"/>
        <location filename="../../commandcenter/models/practice_labels.py" line="8"/>
        <source>Suspension</source>
        <comment>Approval</comment>
        <translation>缓办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="34"/>
        <location filename="../../commandcenter/models/practice_labels.py" line="9"/>
        <source>Park</source>
        <comment>Approval</comment>
        <translation>挂账</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="34"/>
        <location filename="../../commandcenter/models/practice_labels.py" line="9"/>
        <source>Void</source>
        <comment>Approval</comment>
        <translation>作废</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="39"/>
        <source>Pending</source>
        <comment>Approval</comment>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="39"/>
        <source>Approved</source>
        <comment>Approval</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="40"/>
        <source>Denied</source>
        <comment>Approval</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="45"/>
        <source>Request</source>
        <comment>Approval</comment>
        <translation>申请</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="45"/>
        <source>Case</source>
        <comment>Approval</comment>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="46"/>
        <source>Requested by</source>
        <comment>Approval</comment>
        <translation>申请人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="46"/>
        <source>Requested at</source>
        <comment>Approval</comment>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="47"/>
        <source>Reason</source>
        <comment>Approval</comment>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="47"/>
        <source>Until</source>
        <comment>Approval</comment>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="48"/>
        <source>Current deadline</source>
        <comment>Approval</comment>
        <translation>当前时限</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="48"/>
        <source>Decision</source>
        <comment>Approval</comment>
        <translation>审批结果</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="49"/>
        <source>Decided by</source>
        <comment>Approval</comment>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/approvals.py" line="49"/>
        <source>Note</source>
        <comment>Approval</comment>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/centre.py" line="19"/>
        <source>city centre</source>
        <translation>市级中心</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/centre.py" line="19"/>
        <source>district centre</source>
        <translation>区级中心</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/centre.py" line="19"/>
        <source>street centre</source>
        <translation>街道级中心</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/centre.py" line="20"/>
        <source>community centre</source>
        <translation>社区级中心</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/centre.py" line="49"/>
        <location filename="../../commandcenter/models/centre.py" line="86"/>
        <source>City centre</source>
        <translation>市级中心</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/centre.py" line="53"/>
        <source>the city</source>
        <translation>全市</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/centre.py" line="80"/>
        <source>Held by {area} ({level}): read only here</source>
        <translation>由{area}（{level}）办理：本中心只读</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/duplicates.py" line="20"/>
        <source>Code</source>
        <comment>Duplicates</comment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/duplicates.py" line="20"/>
        <source>Title</source>
        <comment>Duplicates</comment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/duplicates.py" line="20"/>
        <source>Score</source>
        <comment>Duplicates</comment>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/duplicates.py" line="21"/>
        <source>Distance</source>
        <comment>Duplicates</comment>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/duplicates.py" line="21"/>
        <source>Apart</source>
        <comment>Duplicates</comment>
        <translation>相隔</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/duplicates.py" line="21"/>
        <source>Status</source>
        <comment>Duplicates</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/duplicates.py" line="58"/>
        <source>{m} m</source>
        <translation>{m} 米</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/duplicates.py" line="84"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/duplicates.py" line="86"/>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/duplicates.py" line="87"/>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="34"/>
        <source>Department</source>
        <comment>Grades</comment>
        <extracomment>the groupings of ``query.assessment`` (row field, kind) after rank, name and grade</extracomment>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="34"/>
        <source>Grid</source>
        <comment>Grades</comment>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="35"/>
        <source>Community</source>
        <comment>Grades</comment>
        <translation>社区</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="35"/>
        <source>Street</source>
        <comment>Grades</comment>
        <translation>街道</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="36"/>
        <source>District</source>
        <comment>Grades</comment>
        <translation>区县</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="36"/>
        <source>Grid worker</source>
        <comment>Grades</comment>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="37"/>
        <source>Operator</source>
        <comment>Grades</comment>
        <translation>坐席员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="41"/>
        <source>Rank</source>
        <comment>Grades</comment>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="41"/>
        <source>Name</source>
        <comment>Grades</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="41"/>
        <source>Grade</source>
        <comment>Grades</comment>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="42"/>
        <source>Score</source>
        <comment>Grades</comment>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="42"/>
        <source>Due</source>
        <comment>Grades</comment>
        <translation>应办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="42"/>
        <source>Closed</source>
        <comment>Grades</comment>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="42"/>
        <source>On time</source>
        <comment>Grades</comment>
        <translation>按期办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="43"/>
        <source>Close rate</source>
        <comment>Grades</comment>
        <translation>办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="43"/>
        <source>On-time rate</source>
        <comment>Grades</comment>
        <translation>按期办结率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="43"/>
        <source>Rework rate</source>
        <comment>Grades</comment>
        <translation>返工率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="44"/>
        <source>Extension rate</source>
        <comment>Grades</comment>
        <translation>延期率</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="44"/>
        <source>Returned</source>
        <comment>Grades</comment>
        <translation>被退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/grades.py" line="44"/>
        <source>Satisfaction</source>
        <comment>Grades</comment>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/practice_labels.py" line="13"/>
        <source>pending</source>
        <comment>Approval</comment>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/practice_labels.py" line="13"/>
        <source>approved</source>
        <comment>Approval</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/practice_labels.py" line="14"/>
        <source>denied</source>
        <comment>Approval</comment>
        <translation>未批准</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/practice_labels.py" line="19"/>
        <source>{kind} {status}</source>
        <comment>Approval</comment>
        <translation>{kind}{status}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/rulings.py" line="41"/>
        <source>Code</source>
        <comment>Rulings</comment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/rulings.py" line="41"/>
        <source>Title</source>
        <comment>Rulings</comment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/rulings.py" line="41"/>
        <source>Category</source>
        <comment>Rulings</comment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/rulings.py" line="41"/>
        <source>Grid</source>
        <comment>Rulings</comment>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/rulings.py" line="42"/>
        <source>Returns</source>
        <comment>Rulings</comment>
        <translation>退回次数</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/rulings.py" line="42"/>
        <source>Last reason</source>
        <comment>Rulings</comment>
        <translation>最近退回理由</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/rulings.py" line="42"/>
        <source>Reported</source>
        <comment>Rulings</comment>
        <translation>上报时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/sos.py" line="89"/>
        <source>SOS · {worker} · {place} · {time}</source>
        <extracomment>while a call waits, its nearest workers are looked up again this often</extracomment>
        <translation>紧急求助 · {worker} · {place} · {time}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/sos.py" line="91"/>
        <source>no worker on duty nearby</source>
        <translation>附近无在岗网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/sos.py" line="92"/>
        <source>{name} {distance}</source>
        <translation>{name} {distance}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/sos.py" line="93"/>
        <source>nearest: {workers}</source>
        <translation>就近：{workers}</translation>
    </message>
</context>
<context>
    <name>CityMap</name>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="44"/>
        <source>Grid workers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="45"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="46"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="47"/>
        <source>On patrol</source>
        <translation>巡查中</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="48"/>
        <source>Busy</source>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="49"/>
        <source>Silent 5+ min</source>
        <translation>5分钟无信号</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="50"/>
        <source>Open events</source>
        <translation>在办事件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="51"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="52"/>
        <source>High</source>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="53"/>
        <source>Medium</source>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="54"/>
        <source>Low</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../commandcenter/widgets/map_view.py" line="55"/>
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
</context>
</TS>
