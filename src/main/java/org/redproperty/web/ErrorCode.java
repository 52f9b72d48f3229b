package org.redproperty.web;

import org.springframework.http.HttpStatus;

/**
 * Every stable {@code code} an error answer can carry, with its HTTP status and its meaning in Chinese: the one
 * list the handler answers from and the API guide's table of error codes is generated from. A feature's own
 * codes (thrown as {@code ServiceException}s) are listed here too, so that none goes undocumented; a test checks
 * that every code in the sources is here.
 */
enum ErrorCode {

	INVALID_DATASET(HttpStatus.BAD_REQUEST, "数据集有错误", "导入的数据集有错；`errors` 逐行列出（行错误代码见下表），整批未写入"),
	INVALID_FORM(HttpStatus.BAD_REQUEST, "Excel 表格有错误", "上传的附件1或附件2有错；`errors` 逐条列出行号（`row`，Excel 的行号）、列名（`column`，表头文字）、行错误代码（见下表）和说明，整个文件未写入"),
	NOT_A_SPREADSHEET(HttpStatus.BAD_REQUEST, "不是 Excel 工作簿", "上传的文件不是 .xlsx 工作簿（如旧版 .xls、CSV 或已损坏的文件）"),
	WRONG_FORM(HttpStatus.BAD_REQUEST, "不是所要的表格", "上传的工作簿中找不到该表格的表头行：是另一张表格（附件1 传到了附件2 的地址，或反之），或表头被改动"),
	EMPTY_FORM(HttpStatus.BAD_REQUEST, "表格是空的", "上传的表格在表头行下面没有填写任何一行"),
	INVALID_REQUEST(HttpStatus.BAD_REQUEST, "请求有错误", "请求字段缺失或不合要求；`errors` 逐字段列出"),
	UNREADABLE_REQUEST(HttpStatus.BAD_REQUEST, "请求无法读取", "请求体不是有效的 JSON（语法错误、缺少请求体等）"),
	DUPLICATE_KEY(HttpStatus.BAD_REQUEST, "请求有重复的键", "JSON 对象中同一个键出现了两次；`errors` 给出该字段"),
	TRAILING_CONTENT(HttpStatus.BAD_REQUEST, "请求体有多余内容", "JSON 文档结束后还有内容（第二个文档或其他字符）"),
	INVALID_FIELD_TYPE(HttpStatus.BAD_REQUEST, "字段类型不对", "某个字段的值类型不对（如日期写成数字、整数写成小数）；`errors` 给出该字段"),
	INVALID_FIELD_VALUE(HttpStatus.BAD_REQUEST, "字段的值不对", "某个字段的值无法识别或超出范围（如日期不在 1900-01-01 到 9999-12-31 之间）；`errors` 给出该字段"),
	INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "参数有错误", "地址或查询参数的值类型不对（如 `?page=abc`）"),
	MISSING_PARAMETER(HttpStatus.BAD_REQUEST, "缺少参数", "缺少必填的查询参数"),
	EMPTY_DRAFT(HttpStatus.BAD_REQUEST, "请求有错误", "检查或启用草案时既没有文件也没有文件夹（也没有哈希）"),
	AMBIGUOUS_DRAFT(HttpStatus.BAD_REQUEST, "请求有错误", "启用时同时给了草案文件（或文件夹）和哈希"),
	INVALID_FILE_NAME(HttpStatus.BAD_REQUEST, "请求有错误", "启用的草案中有不是 `manifest.yaml`、`*.drl`、`tests/*.json` 的文件"),
	INVALID_RULESET_KEY(HttpStatus.BAD_REQUEST, "请求有错误", "方案代码含字母、数字、`-`、`_` 以外的字符，或年度不是四位数字"),
	UNKNOWN_REVISION(HttpStatus.BAD_REQUEST, "修订版本有错误", "请求的 `knownAt` 修订版本号大于最新的修订版本"),
	PERIOD_REQUIRED(HttpStatus.BAD_REQUEST, "缺少评价期间", "规则集按评价期间评价（清单 `periods`），请求没有写 `period`（如 `Q1`、`YEAR`）"),
	UNKNOWN_PERIOD(HttpStatus.BAD_REQUEST, "评价期间有错误", "请求的 `period` 不是规则集清单 `periods` 中的评价期间"),
	PERIOD_NOT_APPLICABLE(HttpStatus.BAD_REQUEST, "评价期间有错误", "规则集不分评价期间（清单没有 `periods`），请求不能写 `period`"),
	UNKNOWN_TARGET_STATUS(HttpStatus.BAD_REQUEST, "目标状态有错误", "达到状态的途径：目标状态不是规则集为该类对象列出的状态（清单 `statuses`）"),
	UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "需要登录", "请求没有登录信息；API 使用 HTTP Basic（`curl -u 用户名:密码`）"),
	BAD_CREDENTIALS(HttpStatus.UNAUTHORIZED, "登录失败", "用户名或密码不对"),
	ACCOUNT_LOCKED(HttpStatus.UNAUTHORIZED, "账户已锁定", "连续多次登录失败，账户暂时锁定；稍后再试，或请管理员重设密码"),
	ACCOUNT_DISABLED(HttpStatus.UNAUTHORIZED, "账户已停用", "账户已停用，请联系管理员"),
	FORBIDDEN(HttpStatus.FORBIDDEN, "无权操作", "账户没有这项操作所需的角色（各角色可做的操作见“登录和角色”）"),
	NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "地址不存在，或地址中的对象（如项目）不存在"),
	SUBJECT_NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "评价对象编号不存在"),
	EVALUATION_NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "评价结果编号不存在"),
	REVISION_NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "修订版本不存在"),
	FACT_NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "这个类型的这个编号从未存在过（查历史时）"),
	UNKNOWN_KIND(HttpStatus.NOT_FOUND, "未找到", "地址中的事实类型不是导入格式中的分组名"),
	ACCOUNT_NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "没有这个账户"),
	RULESET_NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "没有这个方案和年度的可用规则集（不存在，或有错误未启用）"),
	FOLDER_NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "规则目录中没有指定的文件夹"),
	DRAFT_NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "没有这个哈希的、通过检查的草案（按哈希启用前须先检查）"),
	DISTRICT_NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "重新评价任务或推荐汇总表（附件1）所指的区不存在，或不在账户所限的区内"),
	RESCORE_JOB_NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "重新评价任务编号不存在"),
	PROPOSAL_NOT_FOUND(HttpStatus.NOT_FOUND, "未找到", "拟扣信用分编号不存在（或不属于账户所在的区）"),
	METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法", "这个地址不支持该请求方法（如对只读地址 POST）"),
	NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "无法提供所要求的格式", "`Accept` 要求的格式这个地址无法提供"),
	ALREADY_ACTIVE(HttpStatus.CONFLICT, "冲突", "要启用的内容已在用，磁盘上也是这一内容"),
	ACCOUNT_EXISTS(HttpStatus.CONFLICT, "冲突", "同名账户已存在"),
	IMPORT_BUSY(HttpStatus.CONFLICT, "冲突", "等待另一导入写完超时，本次数据未写入；稍后重新提交即可"),
	RESCORE_JOB_RUNNING(HttpStatus.CONFLICT, "冲突", "同一范围已有一个正在进行的重新评价任务"),
	RESCORE_JOB_NOT_RESUMABLE(HttpStatus.CONFLICT, "冲突", "任务已结束或已取消，不能继续"),
	RESCORE_JOB_NOT_PUBLISHABLE(HttpStatus.CONFLICT, "冲突", "要发布的重新评价任务没有成功结束（还在排队或运行、失败或已取消）：只有成功结束的任务的结果可以发布为称号"),
	RESCORE_JOB_NOT_CANCELLABLE(HttpStatus.CONFLICT, "冲突", "要取消的重新评价任务已经结束（成功、失败或已取消）"),
	PROPOSAL_ALREADY_DECIDED(HttpStatus.CONFLICT, "冲突", "拟扣信用分已经确认或驳回，不能再确认或驳回；`detail` 写明由谁、何时作出的决定"),
	PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "请求体过大", "请求体超过服务允许的大小（`app.web.max-body-size`，默认 64MB）；可分批导入"),
	UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型", "请求体的 `Content-Type` 不被支持；请求体应为 `application/json`（上传 Excel 表格时为 `multipart/form-data`）"),
	UNKNOWN_DISTRICT(HttpStatus.UNPROCESSABLE_ENTITY, "无法处理", "新建或修改账户时给的区不存在"),
	DISTRICT_NOT_SERVED(HttpStatus.UNPROCESSABLE_ENTITY, "无法处理", "规则集在区内评价企业（清单 `companiesInDistrict`），而企业在所给的区（或任何区）没有服务的项目"),
	SUBJECT_TYPE_NOT_COVERED(HttpStatus.UNPROCESSABLE_ENTITY, "无法处理", "规则集不评价这类对象（见清单中的 `subjectTypes`）"),
	INVALID_DRAFT(HttpStatus.UNPROCESSABLE_ENTITY, "草案规则集有错误", "草案规则集有错误，无法比较或启用；`errors` 列出文件、行、列"),
	DRAFT_MANIFEST(HttpStatus.UNPROCESSABLE_ENTITY, "无法处理", "清单写明 `draft: true`，不能启用"),
	RULESET_SNAPSHOT_MISSING(HttpStatus.UNPROCESSABLE_ENTITY, "无法处理", "找不到评价所用的规则集快照，无法重现"),
	REQUIRED_RULESET_SNAPSHOT_MISSING(HttpStatus.UNPROCESSABLE_ENTITY, "无法处理",
			"找不到评价所需的规则集（清单 requires 中的）当时所用内容的快照，无法按原样重现或比较"),
	NO_STATUSES_DECLARED(HttpStatus.UNPROCESSABLE_ENTITY, "无法处理", "达到状态的途径：规则集的清单没有列出该类对象可得的状态"),
	DIFF_OTHER_SUBJECT(HttpStatus.UNPROCESSABLE_ENTITY, "无法比较", "两次评价不是同一对象的，不能比较"),
	DIFF_OTHER_PERIOD(HttpStatus.UNPROCESSABLE_ENTITY, "无法比较", "两次评价不是同一评价期间的（`period` 不同），不能比较"),
	DIFF_OTHER_SCHEME(HttpStatus.UNPROCESSABLE_ENTITY, "无法比较", "两次评价不是同一评价方案的，不能比较"),
	DIFF_WITHOUT_REVISION(HttpStatus.UNPROCESSABLE_ENTITY, "无法比较", "评价存于事实修订版本之前，没有记下所读事实的修订版本，无法逐项归因；重新评价后再比较"),
	RUNAWAY_RULES(HttpStatus.UNPROCESSABLE_ENTITY, "规则失控", "规则触发次数超过上限而被停止；`rule` 给出最后触发的规则"),
	RULES_TIMEOUT(HttpStatus.UNPROCESSABLE_ENTITY, "规则运行超时", "规则运行超过时限（每个对象默认 10 秒，`DEADLINE_PER_SUBJECT`）而被停止；`detail` 给出停止时正在执行的规则"),
	RULES_OUT_OF_MEMORY(HttpStatus.UNPROCESSABLE_ENTITY, "规则用尽内存", "规则用尽了内存而被停止；`detail` 给出当时正在执行的规则（若有）。服务照常运行"),
	NO_STATUS(HttpStatus.UNPROCESSABLE_ENTITY, "规则集不完整", "规则集没有给对象状态（规则集不完整）"),
	TWO_STATUSES(HttpStatus.UNPROCESSABLE_ENTITY, "规则集不完整", "规则集给了对象两个以上状态（状态规则互相矛盾）；`detail` 列出这些规则"),
	INPUT_FAILED(HttpStatus.UNPROCESSABLE_ENTITY, "无法评价", "第一步中有项目或企业评价失败，无法在其结果上评价街道、社区、区或排名"),
	EVALUATION_FAILED(HttpStatus.UNPROCESSABLE_ENTITY, "无法评价", "规则执行中出现其他错误"),
	STORED_RESULT_DAMAGED(HttpStatus.INTERNAL_SERVER_ERROR, "已存结果损坏",
			"已存的评价结果无法解压，或与同存的摘要（SHA-256）不符：数据已损坏或在服务之外被改动，不作为评价结果显示；`evaluationId` 给出是哪一条"),
	INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "服务内部错误", "服务内部意外错误，未作任何更改");

	private final HttpStatus status;

	private final String title;

	private final String meaning;

	ErrorCode(HttpStatus status, String title, String meaning) {
		this.status = status;
		this.title = title;
		this.meaning = meaning;
	}

	HttpStatus status() {
		return this.status;
	}

	String title() {
		return this.title;
	}

	String meaning() {
		return this.meaning;
	}

	/** The code listed under that name, or {@code null} for a name that is not a code. */
	static ErrorCode byName(String name) {
		for (ErrorCode code : values()) {
			if (code.name().equals(name)) {
				return code;
			}
		}
		return null;
	}

	/** The generic code of a status that Spring MVC answers by itself (unknown path, wrong method, …). */
	static ErrorCode forStatus(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> INVALID_REQUEST;
			case NOT_FOUND -> NOT_FOUND;
			case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
			case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
			case PAYLOAD_TOO_LARGE -> PAYLOAD_TOO_LARGE;
			case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
			default -> INTERNAL_ERROR;
		};
	}

}
