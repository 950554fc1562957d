"""What the simulated city says: report categories and their weights, Chinese titles and
descriptions, handling notes, return and rejection reasons, reporters' names.

Plain Python over a ``random.Random``; :func:`worker_report` and :func:`desk_report` return the
fields of an ``event.report`` command (without ``type`` and ``id``).
"""
from __future__ import annotations

import random
from collections.abc import Sequence

from commandcenter.domain.codes import Source

# the simulated people write the notes the demo city's history was written with
from .names import COMPLETE_NOTES, PROGRESS_NOTES  # noqa: F401 - re-exported for the agents

#: how often each category is reported by grid workers (relative weights)
WORKER_WEIGHTS: dict[str, float] = {
    "sanitation": 20, "public_facility": 18, "parking_traffic": 10, "dispute": 9,
    "safety_hazard": 8, "special_population": 6, "housing_property": 6, "fire_hazard": 5,
    "water_supply": 4, "public_security": 4, "employment_social": 3, "market_food": 3,
    "other": 3, "health_epidemic": 2, "petition": 1, "emergency_call": 0.5,
}
#: how often each category comes in by the 12345 hotline (relative weights)
HOTLINE_WEIGHTS: dict[str, float] = {
    "housing_property": 14, "dispute": 12, "sanitation": 12, "public_facility": 10,
    "parking_traffic": 9, "employment_social": 8, "market_food": 8, "water_supply": 7,
    "petition": 5, "safety_hazard": 4, "public_security": 4, "health_epidemic": 3,
    "special_population": 3, "fire_hazard": 2, "emergency_call": 2, "other": 4,
}
#: severity 1..4 weights: most matters are minor
SEVERITY_LOW = (0.6, 0.28, 0.1, 0.02)
SEVERITY_HAZARD = (0.35, 0.35, 0.22, 0.08)
SEVERITY_URGENT = (0.05, 0.25, 0.4, 0.3)
HAZARDS = frozenset({"safety_hazard", "fire_hazard", "public_security", "water_supply"})
ON_SPOT_CHANCE = 0.26
NOT_ON_SPOT = frozenset({"emergency_call", "petition", "employment_social"})
JUNK_TITLE = "来电无实质诉求"
JUNK_CHANCE = 0.04

PLACES = (
    "{n}号楼{u}单元门口", "小区东门", "小区西门", "{n}号楼北侧", "农贸市场入口", "幼儿园门前",
    "社区卫生服务站旁", "公交站台", "{road}与{road2}交叉口", "{road}{n}号附近", "便民广场",
    "老旧小区{n}号院", "菜市场后街", "小学南门", "社区文化活动中心",
)
ROADS = ("建设路", "新华道", "北新道", "卫国路", "文化路", "友谊路", "长宁道", "学院路", "龙泽路", "光明路")

#: category -> [(title, description)]; {place} is filled in
TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "public_facility": [
        ("路灯不亮", "{place}路灯连续多日夜间不亮，居民夜间出行不便，存在安全隐患。"),
        ("井盖破损", "{place}雨水井盖破损下陷，过往行人车辆易发生意外，需尽快更换。"),
        ("健身器材损坏", "{place}健身器材螺丝松动、部件脱落，老人儿童使用存在危险。"),
        ("道路破损坑洼", "{place}路面出现多处坑洼积水，影响车辆通行。"),
    ],
    "sanitation": [
        ("垃圾清运不及时", "{place}垃圾桶满溢，垃圾已堆放两天未清运，异味较大。"),
        ("乱堆乱放杂物", "{place}有居民堆放废旧家具杂物，占用消防通道和公共空间。"),
        ("占道经营", "{place}有流动摊贩占道经营，影响行人通行和环境卫生。"),
        ("绿化带内有建筑垃圾", "{place}绿化带内倾倒建筑垃圾，需要清理。"),
    ],
    "parking_traffic": [
        ("车辆乱停乱放", "{place}机动车长期违停，堵塞小区出入口。"),
        ("共享单车堆积", "{place}共享单车大量堆积，占用人行道。"),
        ("交通信号灯故障", "{place}交通信号灯故障，路口车辆通行混乱。"),
    ],
    "water_supply": [
        ("供水管道漏水", "{place}地下供水管道破裂漏水，路面大面积积水。"),
        ("居民家中停水", "{place}一带居民反映自昨晚起停水，未见停水通知。"),
        ("自来水水质浑浊", "{place}居民反映自来水发黄浑浊，担心饮用安全。"),
    ],
    "safety_hazard": [
        ("电动车楼道充电", "{place}有居民将电动自行车推入楼道内充电，存在火灾隐患。"),
        ("广告牌松动", "{place}临街广告牌松动，大风天气存在坠落风险。"),
        ("私拉乱接电线", "{place}有商户私拉乱接电线，线路裸露。"),
        ("施工围挡倾斜", "{place}施工围挡倾斜，紧邻人行道，存在倒塌风险。"),
    ],
    "fire_hazard": [
        ("消防通道堵塞", "{place}消防通道被车辆和杂物堵塞，消防车无法通行。"),
        ("灭火器过期", "{place}楼道内灭火器已过期，消火栓箱内无水带。"),
        ("违规使用液化气", "{place}沿街餐馆违规存放多个液化气罐。"),
    ],
    "dispute": [
        ("邻里噪音纠纷", "{place}楼上楼下因装修噪音发生争执，双方情绪激动，需要调解。"),
        ("楼道漏水纠纷", "{place}楼上住户卫生间漏水至楼下，双方就维修费用产生纠纷。"),
        ("宅基地边界纠纷", "{place}两户村民因宅基地边界划分发生争议。"),
        ("停车位纠纷", "{place}居民因争抢停车位发生口角。"),
    ],
    "public_security": [
        ("可疑人员出没", "{place}近日有陌生人员多次出没、查看门锁，居民担心安全。"),
        ("电动车被盗", "{place}居民反映停放的电动自行车被盗。"),
        ("深夜聚集喧哗", "{place}深夜有人员聚集饮酒喧哗，影响周边居民休息。"),
    ],
    "special_population": [
        ("独居老人需要帮助", "{place}独居老人行动不便，家中无人照料，需要上门探视。"),
        ("困难家庭求助", "{place}一户家庭因病致困，申请临时救助。"),
        ("残疾人出行困难", "{place}残疾居民反映单元门口台阶无无障碍坡道。"),
    ],
    "employment_social": [
        ("工资拖欠", "{place}附近工地务工人员反映被拖欠工资三个月。"),
        ("社保缴费咨询", "{place}居民咨询灵活就业人员社保缴费办理流程。"),
        ("失业登记求助", "{place}居民失业后不清楚失业登记及补助申领方式。"),
    ],
    "housing_property": [
        ("物业服务不到位", "{place}小区物业长期不打扫楼道，电梯故障无人维修。"),
        ("外墙脱落", "{place}老旧楼房外墙保温层脱落，存在坠物风险。"),
        ("违章搭建", "{place}有住户在楼顶违章搭建彩钢房。"),
        ("电梯故障", "{place}电梯频繁故障停运，老人上下楼困难。"),
    ],
    "health_epidemic": [
        ("蚊蝇滋生", "{place}积水处蚊蝇滋生，需要开展消杀。"),
        ("无证行医", "{place}有人员疑似无证行医，在家中开展输液。"),
        ("犬只未拴绳", "{place}有居民遛犬不拴绳，已有行人被惊吓。"),
    ],
    "market_food": [
        ("食品过期销售", "{place}小超市货架上有过期食品仍在销售。"),
        ("餐馆卫生差", "{place}沿街餐馆后厨卫生条件差，油污外溢。"),
        ("短斤少两", "{place}商贩使用不合格电子秤，居民反映短斤少两。"),
    ],
    "petition": [
        ("拆迁补偿诉求", "{place}居民对拆迁补偿标准有异议，多次反映未果。"),
        ("集体反映小区配套问题", "{place}多户居民联名反映小区配套设施未按规划建设。"),
    ],
    "emergency_call": [
        ("老人摔倒求助", "{place}一位老人在家中摔倒无法起身，家属不在身边，请求紧急帮助。"),
        ("燃气泄漏气味", "{place}楼道内闻到明显燃气味，请求紧急处置。"),
        ("儿童走失", "{place}一名儿童与家人走散，家属请求协助寻找。"),
    ],
    "other": [
        ("政策咨询", "{place}居民咨询惠民政策办理事项。"),
        ("流浪动物", "{place}有流浪犬出没，居民担心被咬伤。"),
        ("意见建议", "{place}居民建议增设休息座椅和遮阳设施。"),
    ],
}

SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董"
WORKER_RETURNS = ("不属于本网格范围，请重新派遣。", "事项需要专业部门处置，网格员无法办理。")
DEPARTMENT_RETURNS = ("不属于本部门职责范围，请核实后转派。", "地址信息不详，无法找到现场，请补充后重新派单。")
VERIFY_PASS = ("现场核查，已整改到位。", "电话核实，问题已解决。")
VERIFY_FAIL = "现场核查未整改到位，退回重新处置。"
FOLLOW_UP_NOTES = {
    5: "电话回访，群众表示非常满意。", 4: "电话回访，群众表示满意。", 3: "电话回访，群众表示基本满意。",
    2: "电话回访，群众表示不太满意。", 1: "电话回访，群众不满意，已记录诉求。",
}
SATISFACTION_WEIGHTS = (0.02, 0.03, 0.1, 0.3, 0.55)
REJECT_REASON = "无效来电，无具体诉求和地址，不予受理。"


def _pick_weighted(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def place(rng: random.Random) -> str:
    road, road2 = rng.sample(ROADS, 2)
    return rng.choice(PLACES).format(n=rng.randint(1, 36), u=rng.randint(1, 6), road=road, road2=road2)


def severity(rng: random.Random, category: str) -> int:
    if category == "emergency_call":
        weights: Sequence[float] = SEVERITY_URGENT
    else:
        weights = SEVERITY_HAZARD if category in HAZARDS else SEVERITY_LOW
    return rng.choices((1, 2, 3, 4), weights=weights)[0]


def person(rng: random.Random) -> str:
    """A caller as the hotline records them: 王先生, 李女士."""
    return rng.choice(SURNAMES) + rng.choice(("先生", "女士"))


def matter(rng: random.Random, category: str) -> tuple[str, str]:
    """A (title, description) of ``category``."""
    title, text = rng.choice(TEMPLATES[category])
    return title, text.format(place=place(rng))


def worker_report(rng: random.Random, lat: float, lon: float, grid_id: str | None, reporter: str | None) -> dict:
    """An ``event.report`` by a grid worker at (lat, lon); some arrive already handled (办小事)."""
    category = _pick_weighted(rng, WORKER_WEIGHTS)
    title, description = matter(rng, category)
    sev = severity(rng, category)
    on_spot = category not in NOT_ON_SPOT and sev <= 2 and rng.random() < ON_SPOT_CHANCE / 0.85
    report = {"category": category, "title": title, "description": description, "lat": lat, "lon": lon,
              "source": Source.WORKER.value, "severity": sev, "handled_on_spot": on_spot}
    return _located(report, grid_id, reporter)


def desk_report(rng: random.Random, lat: float, lon: float, grid_id: str | None) -> dict:
    """An ``event.report`` entered at a desk: mostly 12345 hotline calls, a few camera or one-key alarms."""
    draw = rng.random()
    if draw < 0.07:
        return camera_report(rng, lat, lon, grid_id)
    if draw < 0.11:
        return one_key_report(rng, lat, lon, grid_id)
    if draw < 0.11 + JUNK_CHANCE:
        return _hotline(rng, lat, lon, grid_id, "other", (JUNK_TITLE, "来电人未说明具体事项和地址，通话中断。"))
    category = _pick_weighted(rng, HOTLINE_WEIGHTS)
    return _hotline(rng, lat, lon, grid_id, category, matter(rng, category))


def _hotline(
    rng: random.Random, lat: float, lon: float, grid_id: str | None, category: str, text: tuple[str, str]
) -> dict:
    report = {"category": category, "title": text[0], "description": "12345热线来电：" + text[1], "lat": lat,
              "lon": lon, "source": Source.HOTLINE.value, "severity": severity(rng, category)}
    if text[0] == JUNK_TITLE:
        report["severity"] = 1
    return _located(report, grid_id, person(rng))


def camera_report(rng: random.Random, lat: float, lon: float, grid_id: str | None) -> dict:
    """An anonymous camera detection (雪亮工程): nobody to call back."""
    category = rng.choice(("sanitation", "parking_traffic", "fire_hazard", "public_facility"))
    title, description = matter(rng, category)
    report = {"category": category, "title": title, "description": "视频智能识别：" + description, "lat": lat,
              "lon": lon, "source": Source.CAMERA.value, "severity": severity(rng, category)}
    return _located(report, grid_id, None)


def one_key_report(rng: random.Random, lat: float, lon: float, grid_id: str | None) -> dict:
    """An elderly person's one-key call device (一键呼叫器)."""
    category = rng.choice(("emergency_call", "special_population"))
    title, description = matter(rng, category)
    report = {"category": category, "title": title, "description": "一键呼叫：" + description, "lat": lat,
              "lon": lon, "source": Source.ONE_KEY.value, "severity": severity(rng, category)}
    return _located(report, grid_id, rng.choice(SURNAMES) + "大爷")


def _located(report: dict, grid_id: str | None, reporter: str | None) -> dict:
    if grid_id:
        report["grid_id"] = grid_id
    if reporter:
        report["reporter"] = reporter
    return report


def satisfaction(rng: random.Random) -> int:
    return rng.choices((1, 2, 3, 4, 5), weights=SATISFACTION_WEIGHTS)[0]


SIGHTING_TITLES = ("发现疑似协查对象", "协查线索反馈", "疑似目标出现", "群众反映见到协查对象")
SIGHTING_SEEN = ("在{place}附近发现疑似“{alert}”所述人员", "巡查至{place}时见到与“{alert}”描述相符的人员",
                 "{place}商户反映刚见到疑似“{alert}”所述人员", "在{place}路口监控画面中发现疑似目标（“{alert}”）")
SIGHTING_MOVES = ("正向{way}方向步行", "在原地徘徊", "乘坐公交车向{way}方向离开", "进入附近小区",
                  "骑电动车向{way}方向离开")
SIGHTING_DONE = ("已拍照留存并持续跟进。", "已联系社区民警赶赴现场。", "已上前询问并稳住对方，等待民警到场。",
                 "已通知周边网格员协助查找。")
WAYS = ("东", "南", "西", "北", "东北", "西南")


def sighting(rng: random.Random, alert_title: str, lat: float, lon: float, grid_id: str | None,
             reporter: str | None, alert_id: int | None) -> dict:
    """An ``event.report`` by a grid worker answering a broadcast alert (a sighting, 协查线索)."""
    seen = rng.choice(SIGHTING_SEEN).format(place=place(rng), alert=alert_title or "协查通报")
    move = rng.choice(SIGHTING_MOVES).format(way=rng.choice(WAYS))
    report = {"category": "public_security", "title": rng.choice(SIGHTING_TITLES),
              "description": f"{seen}，{move}，{rng.choice(SIGHTING_DONE)}", "lat": lat, "lon": lon,
              "source": Source.WORKER.value, "severity": 3}
    if isinstance(alert_id, int):
        report["alert_id"] = alert_id
    return _located(report, grid_id, reporter)
