/**
 * Bench only (the matcher reads hanzi through pinyin-pro): the reverse table that turns pinyin list names
 * into hanzi for the evaluation set. A compact hanzi → pinyin (toneless) table for the characters that dominate Chinese personal names
 * (the common surnames) and company names (place names, "technology", "electronics", "semiconductor",
 * legal forms). Written for chiproad from general knowledge of Mandarin readings; each character gets
 * its usual reading in names. Characters outside the table are kept as they are.
 */
const GROUPS = `
a:阿 ai:艾爱 an:安 ao:奥澳 ba:巴 bai:白百柏 ban:半板 bang:邦 bao:包宝保鲍 bei:北贝 ben:本 bi:比毕碧
bian:边卞 bin:宾斌 bo:博波 bu:步布 cai:蔡才材 can:灿 cao:曹 ce:测 chang:常长昌 chao:超朝 chen:陈晨辰
cheng:程成城诚 chi:迟 chu:出储楚 chuan:川传 chuang:创 chun:春 ci:磁 cong:丛聪 cui:崔 cun:存 da:大达
dai:戴代 dan:丹 dao:导道 de:德 deng:邓登 di:狄迪地 dian:电 ding:丁鼎 dong:东董栋 du:杜都 duan:段
dun:敦 e:鄂 en:恩 er:尔二 fa:发法 fan:范樊凡 fang:方芳 fei:费飞 feng:冯丰风峰锋 fu:付傅富福复
gai:盖 gang:港钢刚 gao:高 ge:葛格戈 geng:耿 gong:公龚工宫 gu:顾谷古股 guan:关管 guang:光广 gui:桂贵
guo:郭国 hai:海 han:韩汉瀚 hang:杭航 hao:郝浩豪 he:何贺和合河赫 heng:恒衡 hong:洪红宏鸿弘 hou:侯
hu:胡虎湖 hua:华化 huai:怀 huan:环 huang:黄皇 hui:惠辉汇慧 huo:霍 ji:纪季吉冀姬集技基积机际
jia:贾嘉佳 jian:简建健剑 jiang:江姜蒋 jiao:焦 jie:杰捷洁 jin:金晋锦进津 jing:京景晶精井 jiu:九久
ju:居巨聚 jun:军俊君 kai:凯开 kang:康 ke:柯科克可 kong:孔空控 kun:坤 la:拉 lai:赖来 lan:兰蓝
lang:郎朗 lao:劳 le:乐 lei:雷磊 li:李黎利立力丽励理里 lian:连联廉 liang:梁良亮 liao:廖 lin:林琳
ling:凌玲灵 liu:刘柳 long:龙隆 lou:楼 lu:卢陆鲁路吕 luo:罗骆洛 ma:马 mai:麦迈 man:曼满 mao:毛茂贸
mei:梅美 meng:孟蒙萌 mi:米 miao:苗 min:闵敏民 ming:明铭 mo:莫 mu:穆木 na:纳 nan:南 neng:能 ni:倪尼
ning:宁 niu:牛 nong:农 ou:欧 pan:潘攀 pei:裴 peng:彭鹏 pi:皮 ping:平 pu:蒲浦普 qi:齐戚祁启奇企
qian:钱乾千 qiang:强 qiao:乔 qin:秦钦 qing:青清庆 qiu:邱秋 qu:曲瞿 quan:全泉 ren:任仁 rong:荣融容
ru:汝 rui:瑞锐 run:润 sai:赛 san:三 sen:森 sha:沙 shan:山单善 shang:尚商上 shao:邵 shen:沈申深神
sheng:盛胜生升圣 shi:石史施时实世市视 shou:寿 shu:舒数术 shui:水 si:司斯思 song:宋松 su:苏素 sun:孙
suo:索所 tai:泰台太 tan:谭谈 tang:唐汤 tao:陶涛 teng:滕腾 ti:体 tian:田天 tong:童通同 tu:涂图
wan:万 wang:王汪网 wei:魏卫韦维微威为伟 wen:文温闻 weng:翁 wu:吴武伍无物 xi:席西希息熙 xia:夏
xian:冼先限仙 xiang:向项香祥翔 xiao:萧肖小晓 xie:谢 xin:辛新芯信鑫欣心 xing:邢星兴 xiong:熊雄
xu:徐许旭 xuan:宣轩 xue:薛学雪 xun:讯 ya:亚雅 yan:严颜阎燕研延岩 yang:杨阳洋扬 yao:姚尧耀 ye:叶业
yi:易伊依毅亿仪益 yin:尹殷银印 ying:应英颖影 yong:永勇 you:尤游有友 yu:于余俞虞宇玉禹域 yuan:袁元源远院
yue:岳越粤 yun:云运 zan:赞 zeng:曾增 zhai:翟 zhan:詹展战 zhang:张章 zhao:赵昭照 zhe:哲浙
zhen:甄真振圳镇 zheng:郑正政 zhi:智志知之制 zhong:钟中众忠 zhou:周州洲舟 zhu:朱祝竹珠 zhuang:庄装
zhuo:卓 zi:子资紫 zong:宗 zou:邹 zu:祖 zuo:左 ze:责泽
`;

function build(): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of GROUPS.split(/\s+/)) {
    const [syllable, chars] = group.split(":");
    if (!syllable || !chars) continue;
    for (const ch of chars) if (!map.has(ch)) map.set(ch, syllable);
  }
  return map;
}

export const PINYIN: ReadonlyMap<string, string> = build();

/** Company legal forms written in hanzi, removed before transliteration (they are noise for matching). */
