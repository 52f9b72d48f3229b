package org.redproperty.generator;

import java.util.List;
import java.util.SplittableRandom;

import org.redproperty.facts.Heart;

/** The words generated names and records are made of, in the style of the 淄川 demo. */
final class Names {

	private static final List<String> PLACE_FIRST = List.of("泰", "齐", "鲁", "沂", "汶", "泗", "淄", "潍", "临", "济",
			"岱", "蒙", "峄", "聊", "滨", "菏", "枣", "莱", "威", "烟");

	private static final List<String> PLACE_SECOND = List.of("山", "河", "城", "阳", "源", "川", "安", "丰", "平", "东",
			"西", "南", "北");

	private static final List<String> STREET_WORDS = List.of("般阳路", "松龄路", "钟楼", "将军路", "文化路", "人民路",
			"和平路", "建设路", "解放路", "青年路", "中心路", "府前");

	private static final List<String> TOWN_WORDS = List.of("昆仑", "洪山", "罗村", "寨里", "双杨", "岭子", "太河", "龙泉");

	private static final List<String> COMMUNITY_WORDS = List.of("般河", "柳泉", "孝妇河", "聊斋", "青云", "文昌", "鼓楼",
			"北门", "华坞", "峨眉", "磁村", "西河", "南韩", "龙口", "东风", "幸福", "永安", "春晖", "新华", "光明");

	private static final List<String> ESTATE_WORDS = List.of("花园", "雅居", "新村", "嘉园", "名苑", "小区", "御府",
			"华庭", "锦苑", "家园", "雅苑", "山庄");

	private static final List<String> COMPANY_WORDS = List.of("宜居", "安泰", "鼎城", "齐韵", "瓷都", "民安", "捷诚",
			"安居", "华府", "佳和", "恒信", "德润");

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐",
			"孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗");

	private static final List<String> GIVEN = List.of("建华", "秀英", "伟", "洋", "静", "帆", "磊", "丽", "强", "敏", "刚",
			"娜", "超", "红", "军", "芳", "平", "峰", "霞", "斌");

	private static final List<List<String>> TITLES = List.of(
			List.of("党员楼栋长入户走访", "主题党日活动", "红色物业党建联席会议", "学习贯彻党的二十大精神宣讲", "党员志愿服务日",
					"“交叉任职”联席议事会", "重温入党誓词", "红色观影活动"),
			List.of("物业服务“十公开一监督”公示更新", "二次供水水箱清洗", "电梯维保联合检查", "绿化补植与修剪", "楼道清洁专项整治",
					"智慧物业平台注册推广", "屋面防水维修", "路灯及监控设备检修"),
			List.of("业主生日送祝福", "帮助老年业主搬运大宗物品", "“微笑服务季”主题活动", "便民义诊进小区", "便民维修进家门",
					"独居老人结对关爱", "“近邻”茶话会", "快递代收代送服务"),
			List.of("消防应急疏散演练", "消防通道清理整治", "电动车飞线充电专项排查", "燃气安全入户宣传", "防汛应急演练",
					"高空抛物警示宣传", "装修巡查（承重结构）", "冬季防火安全检查"),
			List.of("社区、业委会、物业“圆桌会议”", "四方联动联合巡查", "业主恳谈会", "物业服务满意度走访", "小区议事协商会",
					"志愿者环境共建活动", "驻区单位共建签约", "业主大会议事规则宣传"));

	private static final List<String> SCENES = List.of("小区党群服务站", "小区监督公示栏", "“近邻”文化长廊", "电动车集中充电车棚",
			"红色议事厅");

	static final List<String> OPINIONS = List.of("同意推荐。该项目党组织健全，“五心”创建活动开展扎实。",
			"同意推荐。项目党支部、业委会党组织、企业党组织共商共建机制运行良好。", "同意推荐，请街道加强创建过程监督。",
			"同意推荐。小区治理基础较好，居民评价较高。");

	static final List<String> SAFETY_PROBLEMS = List.of("消防通道被私家车占用，限期清理", "楼道飞线充电，限期拆除",
			"发生高空抛物，要求加装监控并入户宣传", "业主装修拆改承重墙未及时制止", "燃气管道锈蚀，限期协调燃气公司处理", "小区围墙局部开裂，待鉴定");

	private Names() {
	}

	static String district(int index) {
		return PLACE_FIRST.get(index % PLACE_FIRST.size())
				+ PLACE_SECOND.get((index / PLACE_FIRST.size()) % PLACE_SECOND.size()) + "区"
				+ suffix(index / (PLACE_FIRST.size() * PLACE_SECOND.size()));
	}

	static String street(int index) {
		return (index % 3 == 2) ? TOWN_WORDS.get(index % TOWN_WORDS.size()) + "镇"
				: STREET_WORDS.get(index % STREET_WORDS.size()) + "街道";
	}

	static String community(int index) {
		return COMMUNITY_WORDS.get(index % COMMUNITY_WORDS.size()) + suffix(index / COMMUNITY_WORDS.size()) + "社区";
	}

	static String estate(SplittableRandom random) {
		return pick(random, COMMUNITY_WORDS) + pick(random, ESTATE_WORDS);
	}

	static String company(String district, int index) {
		return district.substring(0, 2) + COMPANY_WORDS.get(index % COMPANY_WORDS.size())
				+ suffix(index / COMPANY_WORDS.size()) + "物业服务有限公司";
	}

	static String person(SplittableRandom random) {
		return pick(random, SURNAMES) + pick(random, GIVEN);
	}

	static String activity(Heart heart, int index) {
		List<String> titles = TITLES.get(heart.ordinal());
		return titles.get(index % titles.size());
	}

	static String scene(Heart heart) {
		return SCENES.get(heart.ordinal());
	}

	static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	private static String suffix(int round) {
		return (round == 0) ? "" : "第" + (round + 1);
	}

}
