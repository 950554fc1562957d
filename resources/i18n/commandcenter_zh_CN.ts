<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="40" />
        <source>Code</source>
        <comment>Queue</comment>
        <extracomment>sortable columns backed by an index column</extracomment>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="40" />
        <source>Received</source>
        <comment>Queue</comment>
        <translation>受理时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="40" />
        <source>Source</source>
        <comment>Queue</comment>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="40" />
        <source>Category</source>
        <comment>Queue</comment>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="41" />
        <source>Title</source>
        <comment>Queue</comment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="41" />
        <source>Grid</source>
        <comment>Queue</comment>
        <translation>网格</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="41" />
        <source>Severity</source>
        <comment>Queue</comment>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="41" />
        <source>Status</source>
        <comment>Queue</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="42" />
        <source>Assignee</source>
        <comment>Queue</comment>
        <translation>承办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/event_queue.py" line="42" />
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
        <source>Low</source>
        <comment>Severity</comment>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="65" />
        <source>Moderate</source>
        <comment>Severity</comment>
        <translation>较重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="65" />
        <source>High</source>
        <comment>Severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="66" />
        <source>Critical</source>
        <comment>Severity</comment>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="71" />
        <source>Offline</source>
        <comment>WorkerStatus</comment>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="71" />
        <source>Idle</source>
        <comment>WorkerStatus</comment>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="72" />
        <source>On patrol</source>
        <comment>WorkerStatus</comment>
        <translation>巡查中</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="72" />
        <source>Busy</source>
        <comment>WorkerStatus</comment>
        <translation>忙碌</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="77" />
        <source>Grid leader</source>
        <comment>WorkerKind</comment>
        <translation>网格长</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="77" />
        <source>Full-time</source>
        <comment>WorkerKind</comment>
        <translation>专职</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="78" />
        <source>Professional</source>
        <comment>WorkerKind</comment>
        <translation>专业</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="78" />
        <source>Part-time</source>
        <comment>WorkerKind</comment>
        <translation>兼职</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="83" />
        <source>Issued</source>
        <comment>OrderStatus</comment>
        <translation>已派发</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="83" />
        <source>Signed for</source>
        <comment>OrderStatus</comment>
        <translation>已签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="84" />
        <source>Completed</source>
        <comment>OrderStatus</comment>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="84" />
        <source>Returned</source>
        <comment>OrderStatus</comment>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="85" />
        <source>Cancelled</source>
        <comment>OrderStatus</comment>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="90" />
        <source>Dispatched</source>
        <comment>NoteKind</comment>
        <translation>派单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="90" />
        <source>Signed for</source>
        <comment>NoteKind</comment>
        <translation>签收</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="91" />
        <source>Progress</source>
        <comment>NoteKind</comment>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="91" />
        <source>Returned</source>
        <comment>NoteKind</comment>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="92" />
        <source>Completed</source>
        <comment>NoteKind</comment>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="92" />
        <source>Cancelled</source>
        <comment>NoteKind</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="93" />
        <source>Supervision order</source>
        <comment>NoteKind</comment>
        <translation>督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="93" />
        <source>Escalated</source>
        <comment>NoteKind</comment>
        <translation>升级督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/models/labels.py" line="94" />
        <source>Note</source>
        <comment>NoteKind</comment>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="51" />
        <source>Command Centre · Operator console</source>
        <translation>指挥中心 · 坐席工作台</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="205" />
        <source>Reject report</source>
        <translation>退件</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="213" />
        <source>Supervision order</source>
        <translation>督办单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="213" />
        <location filename="../../commandcenter/views/detail.py" line="34" />
        <source>Escalate</source>
        <translation>升级督办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="228" />
        <source>Refused by the hub: {message}</source>
        <translation>被拒绝：{message}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/console.py" line="230" />
        <source>Not sent: {message}</source>
        <translation>未发送：{message}</translation>
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
        <location filename="../../commandcenter/views/dispatch.py" line="59" />
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
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="56" />
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="56" />
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="56" />
        <location filename="../../commandcenter/views/dialogs.py" line="102" />
        <location filename="../../commandcenter/views/dialogs.py" line="116" />
        <location filename="../../commandcenter/views/dialogs.py" line="126" />
        <location filename="../../commandcenter/views/dispatch.py" line="54" />
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
        <location filename="../../commandcenter/views/dispatch.py" line="69" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="97" />
        <source> · OVERDUE</source>
        <translation> · 已超时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="98" />
        <location filename="../../commandcenter/views/dialogs.py" line="65" />
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="98" />
        <location filename="../../commandcenter/views/dialogs.py" line="66" />
        <source>Severity</source>
        <translation>紧急程度</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="99" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="100" />
        <source>Reporter</source>
        <translation>上报人</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/detail.py" line="101" />
        <location filename="../../commandcenter/views/dispatch.py" line="69" />
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
        <location filename="../../commandcenter/views/dispatch.py" line="53" />
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
        <location filename="../../commandcenter/views/detail.py" line="111" />
        <location filename="../../commandcenter/views/dialogs.py" line="115" />
        <source>Satisfaction</source>
        <translation>满意度</translation>
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
        <location filename="../../commandcenter/views/dispatch.py" line="33" />
        <source>Dispatch {code}</source>
        <translation>派遣 {code}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="38" />
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="39" />
        <source>Department seat</source>
        <translation>部门席位</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="47" />
        <source>Instructions for the receiver</source>
        <translation>给承办人的办理要求</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="55" />
        <source>Routing table suggests: {dept}</source>
        <translation>按分流规则建议派往：{dept}</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="56" />
        <source>No default department for this category</source>
        <translation>此类别无默认承办部门</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="69" />
        <source>Worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="69" />
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="69" />
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="69" />
        <source>Open orders</source>
        <translation>在办工单</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="80" />
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="80" />
        <source>Liaison</source>
        <translation>联络员</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="80" />
        <source>On duty</source>
        <translation>在岗</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="80" />
        <source>Open</source>
        <translation>在办</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="80" />
        <location filename="../../commandcenter/views/filters.py" line="43" />
        <source>Overdue</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="84" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/dispatch.py" line="84" />
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
        <location filename="../../commandcenter/views/filters.py" line="88" />
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
        <location filename="../../commandcenter/views/shortcuts.py" line="14" />
        <source>Status filters</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="15" />
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="15" />
        <source>Back to the queue</source>
        <translation>回到列表</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="15" />
        <source>This sheet</source>
        <translation>本帮助</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/shortcuts.py" line="22" />
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="12" />
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="12" />
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="12" />
        <source>Reconnecting…</source>
        <translation>正在重连…</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="13" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="35" />
        <source>showing the last state, {age} old</source>
        <translation>显示的是 {age} 前的数据</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="37" />
        <source>last frame {age} ago</source>
        <translation>最近一帧在 {age} 前</translation>
    </message>
    <message>
        <location filename="../../commandcenter/views/statusbar.py" line="44" />
        <source>seq {seq}</source>
        <translation>序号 {seq}</translation>
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