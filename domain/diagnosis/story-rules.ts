/**
 * What a traveller's own words can tell the guide, as data: each rule is a pattern on one clause
 * of the normalised story (English and Chinese, with the everyday words for a bad network in the
 * destination languages too) and what it says — an answer to one of the guide's questions or a
 * story cue the causes weigh. Whether a clause is negated ("no SMS came") or about someone else
 * ("my friend's card worked") is decided by read-story.ts and passed to `read`. Patterns are
 * written for text after normalizeTerminalText: lower case, no apostrophes, simplified Chinese.
 * See docs/diagnosis.md.
 */
import type { QuestionId } from "./questions";
import type { SignalId } from "./signals";

export type ClauseFacts = { negated: boolean; others: boolean; otherCard: boolean; elsewhere: boolean; worked: boolean; failed: boolean };

export type StoryEvidence = { answer: [QuestionId, string] } | { cue: SignalId };

export type StoryRule = { id: string; pattern: RegExp; read: (facts: ClauseFacts, clause: string) => StoryEvidence | null };

const answer = (question: QuestionId, value: string): StoryEvidence => ({ answer: [question, value] });
const cue = (id: SignalId): StoryEvidence => ({ cue: id });

/** Someone or something other than the traveller's own card at this terminal. */
export const OTHERS = /\b(friends?|wife|husband|partner|colleague|other (customers?|people|guests?)|others|everyone else|the customer before|the (guy|man|woman|person|foreigner) (in front|before)|locals?|people behind)\b|朋友|同伴|同事|老公|老婆|别人|其他(顾客|客人|人)|前面的(人|老外|客人)|后面的人|大家|旁边的人|其他游客|老外/;
export const OTHER_CARD = /\b(my )?(other|second|backup|another|spare) (card|debit card|credit card)\b|\bmastercard worked\b|别的卡|另一张卡|备用(的)?(卡|借记卡|信用卡)|其他卡|第二张卡|换了(一)?张卡|换卡/;
export const ELSEWHERE = /\b(another|other|the next|next) (shop|store|restaurant|place|cafe|merchant|terminal|machine)s?\b|\belsewhere\b|\bat the airport\b|\bnext door\b|\bother stores?\b|\bbefore on this trip\b|别的(店|商店|地方)|另一家|其他(店|商店|地方)|换了(好)?几家|隔壁|机场|前(几|三|两)天|之前/;
export const NEGATION = /\b(no|not|never|didnt|doesnt|wasnt|werent|dont|nothing|without|none|cannot|cant|couldnt|wouldnt|wont|neither|nor)\b|没|不|未|无|别想/;
export const WORKED = /\b(worked|works|went through|accepted|approved|was fine|paid fine|no problem|succeeded|fine)\b|可以|能用|成功|没问题|正常|刷过了|通过了|好的/;
export const FAILED = /\b(failed|fails|declined|rejected|refused|denied|did not work|didnt work|not working|wouldnt work|couldnt pay|could not pay|same problem|error)\b|不行|不能用|用不了|刷不了|刷不过|失败|被拒|拒收|拒绝|报错|也一样|同样(的)?问题|都不行|没反应|坏了/;

/** Swiped only because the chip failed first: the fallback, not the way the card was presented. */
const FALLBACK_TO_STRIPE = /\b(had to|fell back to|falls back to) swipe\b|\bfell back to the (stripe|magstripe)\b|改刷(磁条)?|只能(改)?刷磁条|只好刷磁条/;

export const STORY_RULES: readonly StoryRule[] = [
  // Other cards and other people at the same terminal: the strongest sign of a shared fault.
  { id: "othersFailed", pattern: OTHERS, read: (f) => (f.failed ? answer("otherCardsWork", "no") : f.worked && !f.negated ? answer("otherCardsWork", "yes") : null) },
  { id: "otherCard", pattern: OTHER_CARD, read: (f) => (f.elsewhere ? null : f.failed || (f.worked && f.negated) ? answer("otherCardsWork", "no") : f.worked ? answer("otherCardsWork", "yes") : null) },
  { id: "elsewhere", pattern: ELSEWHERE, read: (f) => (f.others ? null : f.failed ? answer("cardWorksElsewhere", "no") : f.worked && !f.negated ? answer("cardWorksElsewhere", "yes") : null) },
  { id: "usedBefore", pattern: /\bworked (fine )?for (two|three|\d) days\b|\bworked (fine )?(earlier|yesterday|before)\b|前(几|三|两)天.{0,12}(都能用|没问题|可以|能用)|之前(都|一直)(能用|可以)/, read: () => answer("usedAbroadBefore", "yes") },
  // Bank notifications: "no SMS came" is evidence too (nothing reached the bank, or nothing yet).
  { id: "notification", pattern: /\b(sms|text message|notification|alert|push message|message from (my )?bank)\b|短信|通知|提醒|推送/, read: (f, c) =>
      /suspicious|fraud|可疑|风险|风控|盗刷|被拒|declined|blocked/.test(c) ? answer("notification", "declinedAlert")
        : f.negated ? answer("notification", "nothing")
        : /charged|deducted|debited|扣款|扣了|消费了|已扣/.test(c) ? answer("notification", "charged")
        : /pending|hold|预授权|冻结金额/.test(c) ? answer("notification", "hold") : null },
  { id: "slip", pattern: /\b(slip|receipt|printout)\b|小票|签购单|凭条|单据|收据/, read: (f, c) =>
      /offline approved|approved offline|y3|y1|离线批准|脱机批准/.test(c) ? answer("slipPrinted", "offlineApproved")
        : f.negated || /没(有)?(出|打印|打出)/.test(c) ? answer("slipPrinted", "none")
        : /declined|refused|拒绝|失败/.test(c) ? answer("slipPrinted", "declined")
        : /approved|成功/.test(c) ? answer("slipPrinted", "approved") : null },
  // How the card was presented.
  { id: "tapped", pattern: /\b(tapped|tap|contactless|tap to pay)\b|挥卡|拍卡|闪付|非接|碰一下/, read: () => answer("entryMode", "tap") },
  { id: "inserted", pattern: /\b(inserted|insert(ed)? (the|my) card|chip and pin|put the card in)\b|插卡|插入/, read: () => answer("entryMode", "chip") },
  { id: "swiped", pattern: /\b(swiped|swipe)\b|刷了磁条|刷磁条|直接刷了/, read: (_, c) => (FALLBACK_TO_STRIPE.test(c) ? null : answer("entryMode", "swipe")) },
  // "the chip could not be read, so it had to be swiped": what a terminal's fallback prompt says.
  { id: "stripeFallback", pattern: FALLBACK_TO_STRIPE, read: () => cue("swipeRequested") },
  { id: "chipUnreadable", pattern: /\bchip (could not|couldnt|would not|wouldnt|did not|didnt|was not|wasnt|not) (be )?(read|work|recogni[sz]ed)\b|\b(could not|couldnt|cannot|cant) read (the |my )?chip\b|读不(出|了|到).{0,8}芯片|芯片.{0,6}(读不|识别不|认不|无法读|无法识别|没反应)|icチップ.{0,6}(読み取れ|認識でき)/, read: () => cue("chipError") },
  // The network, in the words people use.
  { id: "noSignal", pattern: /\bno (signal|bars|reception|internet|wifi|wi fi|network|connection|coverage)\b|\blost (its |the |their )?(signal|reception)\b|信号不稳|网络不稳|\b(bad|poor|weak|patchy) (signal|reception|connection|coverage|internet|wifi)\b|\b(signal|reception|connection) (was |is )?(bad|poor|weak|down|lost)\b|\blost (the )?connection\b|网络不好|网不好|没(有)?信号|信号(不好|差|弱)|没网|断网|网络差|网络问题|网络断|电波が(悪|弱)|圏外|電波/, read: (f, c) =>
      /\b(signal|connection|network) (was |is )?(fine|good|ok|full)\b|full bars|信号(很)?(好|正常|满格)|网络正常/.test(c) ? answer("networkShown", "ok") : answer("networkShown", "noSignal") },
  { id: "signalFine", pattern: /\bfull bars\b|\b(signal|connection|network) (was |is )?(fine|good|ok)\b|信号(很)?(好|正常|满格)|网络正常/, read: () => answer("networkShown", "ok") },
  // Where the terminal was: places where radio is weak.
  { id: "weakPlace", pattern: /\b(basement|underground|lift|elevator|subway|metro|tunnel|market stall|night market|street stall|food court|taxi|cab|ferry|boat|mountain|rural|remote|moving car|in the car)\b|地下|电梯|地铁|隧道|夜市|小摊|摊位|路边摊|出租车|的士|计程车|船上|山上|郊区|车上|屋台|タクシー|エレベーター/, read: () => answer("weakSignalPlace", "yes") },
  { id: "movedCloser", pattern: /\bmoved (the car|the terminal|closer|outside|to the (door|window|entrance))\b|\bnear the (door|window|entrance)\b|\bbetter connection\b|走到门口|靠近门口|拿到外面|换个位置/, read: () => cue("storyMovedAndWorked") },
  // A card reader that lost its link to the till, tablet or phone (asleep, flat battery, Bluetooth).
  { id: "readerDisconnected", pattern: /\b(card )?reader\b.{0,50}\b(asleep|sleep mode|lost (its |the )?connection|disconnected|not connected|flat|battery|gone dark|went dark)\b|读卡器.{0,8}(断开|没电|黑屏|连不上|休眠|睡眠)|蓝牙.{0,6}(断开|连不上)|リーダー.{0,8}(スリープ|接続されていない|接続が切れ)/, read: () => answer("terminalMisbehaved", "yes") },
  { id: "terminalMisbehaved", pattern: /\b(rebooted|restarted|froze|frozen|crashed|hung|reboot|restart|went blank|turned itself off)\b|重启|死机|卡住了|黑屏|关机|重新开机|error popped up|弹出.{0,10}错误/, read: (_, c) => (/(froze|frozen) (my )?card|card (was |is )?frozen/.test(c) ? null : answer("terminalMisbehaved", "yes")) },
  // A shop rule about cards (cash only under an amount, a minimum for cards): acceptance, not a fault.
  { id: "cardMinimum", pattern: /\b(minimum|min) (card )?(spend|amount|purchase|payment|charge)\b|\bcards? (only )?(over|above|from) \d|\bcash only (under|below)\b|\bnur barzahlung\b|\bunter \d+ (euro|eur)?\s*nur bar|(以下|以内|之内)只收现金|最低(刷卡)?消费|满.{0,6}才(能|可以)?刷卡/, read: () => cue("storyCardMinimum") },
  // The machine or shop offered only a local debit scheme (German EC/girocard, Maestro).
  { id: "localDebitOnly", pattern: /\bonly (takes? |accepts? )?(ec|girocard|maestro|local debit) ?cards?\b|\b(ec|girocard) (card )?only\b|只(有|收|能用|接受|支持).{0,12}(ec卡|girocard)/, read: () => cue("storyBrandRefused") },
  { id: "cashOnly", pattern: /\b(only|just) (cash|qr)\b|\bcash only\b|\bonly (accept|take)s? cash\b|只收现金|只能付现金|只能扫码|只收现金或扫码|只能现金|二维码/, read: () => cue("storyCashOrQrOnly") },
  { id: "outage", pattern: /\boutage\b|\b(system|network|bank|visa|mastercard|platform) (was |is |went )?down\b|\bsame problem\b|\bunstable\b|故障|系统(一时)?不稳|系统问题|平台|同样(的)?问题|宕机|系统维护|不稳定/, read: () => cue("storyOutage") },
  // The card and its settings.
  { id: "overseasOff", pattern: /\b(overseas|international|foreign|abroad) (use|usage|payments?|transactions?)\b.{0,30}\b(off|disabled|not (enabled|activated|turned on|switched on)|blocked)\b|\b(forgot|forgotten|forget|had to|need(ed)? to) (to )?(turn|switch)(ed)? on (overseas|international|foreign)|\bnot enabled for (overseas|international|abroad)|\busage is not enabled\b|\b(do not|dont|does not|doesnt|not) support (spending|use|using|payments?|transactions?|purchases?) (abroad|overseas)\b|\bnot (enabled|valid|activated) for (use )?(abroad|overseas)\b|不支持境外(消费|交易|支付|使用|刷卡)|境外不可用|不能在境外(使用|消费|刷卡)|\boverseas usage\b.{0,20}\bnot enabled|未开通境外|没(有)?开通境外|境外(交易|支付|消费)(功能)?(未|没)开通|没开境外|关闭了境外|开通境外|海外(交易|支付)未开通|境外支付功能/, read: () => cue("storyOverseasOff") },
  { id: "cardStatus", pattern: /\b(froze my card|card (was |is )?frozen|frozen in (the )?app|expired|not activated|not yet activated|new card|replacement card|card was replaced)\b|冻结|过期|未激活|没激活|还没激活|新卡|补卡|挂失/, read: () => answer("cardStatus", "yes") },
  { id: "limit", pattern: /\b(credit limit|spending limit|daily limit|upper limit|card limit|the limit|my limit|over (my |the )?limit|maxed out|max out|not enough (money|balance|funds)|insufficient)\b|额度|限额|余额不足|超限|刷爆|钱不够|한도/, read: (f, c) => (f.negated && !/not enough|不够|不足|没有额度/.test(c) ? answer("balanceLow", "no") : cue("storyLimitReached")) },
  { id: "enoughMoney", pattern: /\b(enough (money|balance|funds)|plenty of money|balance was fine|had money)\b|(有|足够的)(钱|余额)|余额(充足|足够|够)|钱是够的/, read: (f) => (f.negated ? cue("storyLimitReached") : answer("balanceLow", "no")) },
  { id: "fraudBlock", pattern: /\b(suspicious|fraud|security (block|check)|flagged|blocked (it|the payment|the transaction|my card)|bank (had )?blocked)\b|风控|可疑|盗刷|拦截|fds/, read: () => cue("storyFraudBlock") },
  { id: "foreignCardRefused", pattern: /\b(dont|do not|doesnt|does not|wont|would not|wouldnt|not) (accept|take)s?\b.{0,25}\b(foreign|overseas|international|oversea)\b|\bforeign cards?\b|\b(only|just) (accept|take)s? (local|domestic)\b|不收外国卡|不接受(境外|国外|外国)|不收外卡|外国卡|境外(信用)?卡|国外的卡|外卡|只收国内卡|不支持外卡/, read: () => cue("storyForeignCardRefused") },
  { id: "brandRefused", pattern: /\b(visa|mastercard|amex|american express|jcb|unionpay|discover)\b.{0,40}\b(not|didnt|did not|wouldnt|but)\b|\b(not|didnt|did not|wouldnt|wont|dont|doesnt) (take|accept)s? (our |my |the |a )?(visa|mastercard|amex|american express|jcb|unionpay|discover)\b|不收(visa|万事达|银联|jcb)|(visa|万事达|mastercard)(卡)?(不行|不收|不能用|也不行)/, read: () => cue("storyBrandRefused") },
  { id: "chipPinOnly", pattern: /\bchip (and|&) pin\b|\bonly (accepted|accepts|takes|took) chip cards\b|\bno chip\b|\bmagnetic stripe card\b|\bmagstripe card\b|\b(american|us) (style )?(card|credit card)\b/, read: () => cue("storyChipAndPinOnly") },
  { id: "unattended", pattern: /\b(kiosk|vending machine|ticket machine|self service|unattended|parking garage|toll|gas pump|fuel pump|automated)\b|自助(机|售票机|终端)|售票机|自动售货机/, read: () => cue("storyUnattendedMachine") },
  { id: "noPin", pattern: /\b(no|dont have a|dont know (my|the)|never set a|without a|forgot (my|the)) pin\b|\bno pin\b|没有密码|不知道密码|没设(置)?(过)?密码|从来不用密码|忘了密码|6位pin|六位|4位/, read: () => cue("storyNoPin") },
  { id: "pinWrong", pattern: /\b(wrong|incorrect) pin\b|\bpin (was )?(wrong|incorrect)\b|密码(输)?错|输错(了)?密码/, read: () => answer("pinEntered", "yesUnsure") },
  { id: "chipBroken", pattern: /\bchip\b.{0,20}\b(broken|damaged|scratched|worn|dirty|stained|cracked|not recogni[sz]ed)\b|\bbroken chip\b|\b(chip )?contacts? (were |was |are |is )?(dirty|stained|worn|scratched)\b|芯片.{0,8}(坏|刮花|损坏|磨损|脏|有刮|污渍|污垢)|(触点|铜片|接触面).{0,8}(脏|污渍|污垢|氧化|磨损)|icチップが壊れ/, read: () => answer("cardCondition", "chipWorn") },
  { id: "stripeBroken", pattern: /\b(stripe|magstripe)\b.{0,20}\b(worn|damaged|scratched|demagneti[sz]ed)\b|\bdemagneti[sz]ed\b|消磁|磁条.{0,4}(坏|刮|磨损)/, read: () => answer("cardCondition", "stripeWorn") },
  { id: "homeCurrency", pattern: /\b(picked|chose|selected|charged( me)? in|pay in|paid in) (dollars|pounds|my home currency|home currency|usd|gbp|aud|sgd|krw|won|yen)\b|\b(dollars|pounds) instead of\b|\beuros or dollars\b|\bdcc\b|\bdynamic currency\b|\bconverted at their rate\b|\b(pay|paid|charged?|settle|bill(ed)?) in (twd|hkd|cny|rmb|krw|usd|gbp|aud|sgd)\b|人民币支付|选了人民币|以人民币|(用|选|选了|以)(新)?(台币|港币|澳门币|人民币)(结算|结账|付款|支付)?|(台币|港币)结算|韩元|选了韩元|本币|动态货币|外币转换|货币转换|换算成人民币/, read: () => answer("homeCurrencyOffered", "yesHome") },
  { id: "staffSwiped", pattern: /\b(staff|cashier|clerk|waiter|driver) swiped (my )?chip\b|\bswiped (my )?chip card\b|芯片卡(直接)?刷了磁条|店员(直接)?(把)?(我的)?芯片卡(直接)?刷了/, read: () => cue("storyStaffMishandled") },
  { id: "cardPulled", pattern: /\b(pulled|took|removed) (the |my )?card out (too early|early|before)\b|\bremoved (the card )?too (early|soon)\b|过早拔卡|提前拔卡|拔卡太早|拔出来/, read: () => cue("storyStaffMishandled") },
  { id: "reswiped", pattern: /\b(swiped|ran|charged) (it )?(again|twice)\b|\bcharged twice\b|\btwo charges\b|又刷了一次|刷了两次|扣了两次|两笔|重复扣/, read: () => answer("notification", "charged") },
  { id: "wrongAmount", pattern: /\bwrong amount\b|\bextra zero\b|\btyped (in )?the wrong\b|金额(输)?错|输错金额|多打了/, read: () => answer("staffAction", "wrongAmount") },
  { id: "askedInsert", pattern: /\b(asked|wanted|needed|wants|required) (for |me to )?(chip and pin|pin|to insert|insert)\b|\bterminal wanted chip\b|要(先)?插卡|要输(入)?pin|要求插卡|要先插卡/, read: () => cue("storyAskedToInsert") },
  { id: "retryWorked", pattern: /\b(tried|retried|try|ran it) again\b|\bsecond (try|attempt|time)\b|\b(minutes|a minute) later\b|再试|第二次|重试|过了(一会|几分钟)/, read: (f) => (f.failed || f.negated ? answer("retryWorked", "no") : f.worked ? answer("retryWorked", "yes") : null) },
];
