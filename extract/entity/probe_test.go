package entity

import (
	"context"
	"strings"
	"testing"
)

// TestEntitiesProbeForms covers the mention forms common in news and
// analysis of China and world affairs, each sentence an article of its own:
// ministries under their full, short and possessive names; companies with
// and without a legal suffix, after a role or a kind of business; an
// acronym after its expansion; parties, armies, courts, universities, think
// tanks and outlets as actors; international bodies; "X-based Y"; bodies
// after "at", "with", "for" and "by"; people after titles, "Mr" and "Dr.",
// with initials, Korean names and name particles; demonyms, which name no
// place. The sentences are our own, written before any fix.
func TestEntitiesProbeForms(t *testing.T) {
	e := New()
	for _, tt := range []struct {
		sentence string
		want     []string
	}{
		{"China's Ministry of Commerce said on Friday it would impose export controls on gallium.", []string{"GPE China", "ORG Ministry of Commerce"}},
		{"The Commerce Ministry later added germanium to the list, and the ministry said licences would be required.", []string{"ORG Commerce Ministry"}},
		{"A spokesperson for the Ministry of Foreign Affairs told reporters that Beijing opposed the move.", []string{"ORG Ministry of Foreign Affairs", "GPE Beijing"}},
		{"The Foreign Ministry in Beijing rejected the claims.", []string{"ORG Foreign Ministry", "GPE Beijing"}},
		{"Japan's Ministry of Economy, Trade and Industry tightened rules on chip tools.", []string{"GPE Japan", "ORG Ministry of Economy, Trade and Industry"}},
		{"Huawei Technologies Co. reported a rise in revenue last year.", []string{"ORG Huawei Technologies Co."}},
		{"Shares of Alibaba Group Holding Ltd rose 3% in Hong Kong.", []string{"ORG Alibaba Group Holding Ltd", "GPE Hong Kong"}},
		{"TikTok owner ByteDance is valued at more than $200 billion.", []string{"ORG ByteDance"}},
		{"Chipmaker SMIC said capacity utilisation improved in the second quarter.", []string{"ORG SMIC"}},
		{"Analysts expect Semiconductor Manufacturing International Corp. (SMIC) to expand.", []string{"ORG Semiconductor Manufacturing International Corp."}},
		{"The People's Liberation Army (PLA) held drills near Taiwan.", []string{"ORG People's Liberation Army", "GPE Taiwan"}},
		{"The PLA Navy sent two carriers into the Western Pacific.", []string{"ORG PLA Navy"}},
		{"The Chinese Communist Party's Central Committee met in Beijing in July.", []string{"ORG Chinese Communist Party", "ORG Central Committee", "GPE Beijing"}},
		{"The Communist Party of China (CPC) marked its centenary in 2021.", []string{"ORG Communist Party of China"}},
		{"Bloomberg reported that the talks had stalled.", []string{"ORG Bloomberg"}},
		{"According to the Global Times, the exercises were routine.", []string{"ORG Global Times"}},
		{"The South China Morning Post reported on Tuesday that the plan was shelved.", []string{"ORG South China Morning Post"}},
		{"Xinhua said the meeting was held in a friendly atmosphere.", []string{"ORG Xinhua"}},
		{"The Supreme People's Court issued new guidelines on intellectual property.", []string{"ORG Supreme People's Court"}},
		{"Researchers at Tsinghua University published the study.", []string{"ORG Tsinghua University"}},
		{"A fellow at the Carnegie Endowment for International Peace said the policy had failed.", []string{"ORG Carnegie Endowment for International Peace"}},
		{"The Center for Strategic and International Studies (CSIS) ran a war game.", []string{"ORG Center for Strategic and International Studies"}},
		{"The International Monetary Fund cut its forecast for China's growth.", []string{"ORG International Monetary Fund", "GPE China"}},
		{"The World Trade Organization ruled against the tariffs.", []string{"ORG World Trade Organization"}},
		{"NATO allies met in Brussels, where the European Union also convened.", []string{"ORG NATO", "GPE Brussels", "ORG European Union"}},
		{"Shenzhen-based BYD sold more cars than Tesla in the quarter.", []string{"GPE Shenzhen", "ORG BYD", "ORG Tesla"}},
		{"Beijing-based Baidu unveiled a new chatbot.", []string{"GPE Beijing", "ORG Baidu"}},
		{"He joined the board of Tencent Holdings in 2019.", []string{"ORG Tencent Holdings"}},
		{"She worked at the Asian Infrastructure Investment Bank before moving to Singapore.", []string{"ORG Asian Infrastructure Investment Bank", "GPE Singapore"}},
		{"The deal was signed with China Mobile and China Telecom.", []string{"ORG China Mobile", "ORG China Telecom"}},
		{"The report was published by the Brookings Institution.", []string{"ORG Brookings Institution"}},
		{"The National Development and Reform Commission (NDRC) announced new measures.", []string{"ORG National Development and Reform Commission"}},
		{"The NDRC said it would support private firms.", []string{"ORG NDRC"}},
		{"The State Council approved the plan on Wednesday.", []string{"ORG State Council"}},
		{"The People's Bank of China cut the reserve requirement ratio.", []string{"ORG People's Bank of China"}},
		{"The central bank said liquidity would remain ample.", []string{}},
		{"The Hong Kong Monetary Authority raised its base rate.", []string{"ORG Hong Kong Monetary Authority"}},
		{"Taiwan Semiconductor Manufacturing Co. (TSMC) will build a plant in Arizona.", []string{"ORG Taiwan Semiconductor Manufacturing Co.", "GPE Arizona"}},
		{"TSMC's chairman said demand was strong.", []string{"ORG TSMC"}},
		{"Reuters could not independently verify the report.", []string{"ORG Reuters"}},
		{"The Financial Times first reported the story.", []string{"ORG Financial Times"}},
		{"The Wall Street Journal, citing people familiar with the matter, said talks had resumed.", []string{"ORG Wall Street Journal"}},
		{"The United Nations Security Council met in an emergency session.", []string{"ORG United Nations Security Council"}},
		{"ASEAN foreign ministers gathered in Jakarta.", []string{"ORG ASEAN", "GPE Jakarta"}},
		{"The Shanghai Cooperation Organisation summit opened in Astana.", []string{"ORG Shanghai Cooperation Organisation", "GPE Astana"}},
		{"The Belt and Road Forum drew delegates from 130 countries.", []string{"ORG Belt and Road Forum"}},
		{"Chinese state broadcaster CCTV aired the footage.", []string{"ORG CCTV"}},
		{"State news agency Xinhua said the talks were constructive.", []string{"ORG Xinhua"}},
		{"The ruling Democratic Progressive Party lost seats in the election.", []string{"ORG Democratic Progressive Party"}},
		{"The Kuomintang (KMT) nominated Hou Yu-ih.", []string{"ORG Kuomintang", "PERSON Hou Yu-ih"}},
		{"Peking University and Fudan University dropped out of the rankings.", []string{"ORG Peking University", "ORG Fudan University"}},
		{"The Ministry of State Security warned about foreign spies.", []string{"ORG Ministry of State Security"}},
		{"Beijing's top anti-graft body, the Central Commission for Discipline Inspection, opened a probe.", []string{"GPE Beijing", "ORG Central Commission for Discipline Inspection"}},
		{"Contemporary Amperex Technology Co. Limited (CATL) signed a deal with Ford.", []string{"ORG Contemporary Amperex Technology Co. Limited", "ORG Ford"}},
		{"Electric carmaker Nio raised $1 billion.", []string{"ORG Nio"}},
		{"The firm, Xiaomi Corp., denied the report.", []string{"ORG Xiaomi Corp."}},
		{"Goldman Sachs and Morgan Stanley raised their forecasts.", []string{"ORG Goldman Sachs", "ORG Morgan Stanley"}},
		{"The European Commission opened an anti-subsidy probe into Chinese electric vehicles.", []string{"ORG European Commission"}},
		{"Germany's Federal Foreign Office summoned the ambassador.", []string{"GPE Germany", "ORG Federal Foreign Office"}},
		{"The Indian Army said troops had disengaged in Ladakh.", []string{"ORG Indian Army", "GPE Ladakh"}},
		{"Mr Wang said the company would not comment.", []string{"PERSON Wang"}},
		{"Ms. Liu, a spokeswoman for the firm, declined to comment.", []string{"PERSON Liu"}},
		{"Dr. Zhang Wei of Renmin University said growth would slow.", []string{"PERSON Zhang Wei", "ORG Renmin University"}},
		{"Gov. Maria Okafor signed the port bill on Friday.", []string{"PERSON Maria Okafor"}},
		{"Amb. Tomas Lindqvist presented his credentials in Hanoi.", []string{"PERSON Tomas Lindqvist", "GPE Hanoi"}},
		{"Capt. Ruth Adebayo steered the ferry into Lagos.", []string{"PERSON Ruth Adebayo", "GPE Lagos"}},
		{"Kim Jong Un inspected a missile launch.", []string{"PERSON Kim Jong Un"}},
		{"South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida.", []string{"PERSON Yoon Suk Yeol", "PERSON Fumio Kishida"}},
		{"Ursula von der Leyen visited Beijing with Emmanuel Macron.", []string{"PERSON Ursula von der Leyen", "GPE Beijing", "PERSON Emmanuel Macron"}},
		{"Former U.S. Treasury Secretary Lawrence H. Summers warned of inflation.", []string{"PERSON Lawrence H. Summers"}},
		{"J.P. Morgan analyst Wang Hao said the risks were rising.", []string{"ORG J.P. Morgan", "PERSON Wang Hao"}},
		{"Moon Jae-in met Xi Jinping in Seoul.", []string{"PERSON Moon Jae-in", "PERSON Xi Jinping", "GPE Seoul"}},
		{"Osama bin Laden was killed in Abbottabad.", []string{"PERSON Osama bin Laden", "GPE Abbottabad"}},
		{"Chinese and Russian officials signed a deal in Moscow.", []string{"GPE Moscow"}},
		{"The Xinjiang Uyghur Autonomous Region has a large population of Uyghurs.", []string{"GPE Xinjiang Uyghur Autonomous Region"}},
		{"Exports from Guangdong province fell sharply.", []string{"GPE Guangdong"}},
		{"Taiwanese officials said Taipei would respond.", []string{"GPE Taipei"}},
		{"American firms in China face higher costs, the American Chamber of Commerce in China said.", []string{"GPE China", "ORG American Chamber of Commerce", "GPE China"}},
		{"The EU Chamber of Commerce in China said business confidence had fallen.", []string{"ORG EU Chamber of Commerce", "GPE China"}},
		{"Sources told Nikkei Asia that the plan was delayed.", []string{"ORG Nikkei Asia"}},
		{"A Pentagon report said China had more than 500 warheads.", []string{"ORG Pentagon", "GPE China"}},
		{"The Pentagon and the State Department declined to comment.", []string{"ORG Pentagon", "ORG State Department"}},
		{"The White House said President Joe Biden would meet Xi.", []string{"ORG White House", "PERSON Joe Biden", "PERSON Xi"}},
		{"The Hang Seng Index fell 2% and the Shanghai Composite Index rose.", nil},
		{"Moody's downgraded the outlook, while Fitch Ratings kept its rating.", []string{"ORG Moody's", "ORG Fitch Ratings"}},
		{"Analysts at Moody’s expect a downgrade, and Moody's Investors Service agreed.", []string{"ORG Moody's Investors Service=Moody’s", "ORG Moody's Investors Service"}},
		{"Congress passed the CHIPS and Science Act in 2022.", []string{"ORG Congress"}},
		{"The House Select Committee on the CCP held a hearing.", []string{"ORG House Select Committee on the CCP"}},
		{"Lawmakers at the National People's Congress approved the law.", []string{"ORG National People's Congress"}},
		{"He is a senior fellow at the Council on Foreign Relations.", []string{"ORG Council on Foreign Relations"}},
		{"Amnesty International and Human Rights Watch criticised the verdict.", []string{"ORG Amnesty International", "ORG Human Rights Watch"}},
		{"The Chinese Academy of Social Sciences estimated growth at 5%.", []string{"ORG Chinese Academy of Social Sciences"}},
		{"State-owned China National Petroleum Corp. (CNPC) signed a gas deal.", []string{"ORG China National Petroleum Corp."}},
		{"Sinopec and PetroChina cut output.", []string{"ORG Sinopec", "ORG PetroChina"}},
		{"The International Energy Agency expects demand to peak.", []string{"ORG International Energy Agency"}},
		{"Evergrande's creditors met in Hong Kong.", []string{"ORG Evergrande", "GPE Hong Kong"}},
		{"Country Garden Holdings missed a coupon payment.", []string{"ORG Country Garden Holdings"}},
		{"An official with the Ministry of Industry and Information Technology (MIIT) said quotas would stay.", []string{"ORG Ministry of Industry and Information Technology"}},
	} {
		a := newArticle(tt.sentence)
		e.Tag(context.Background(), a)
		if got := render(a); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s\n\tgot  %q\n\twant %q", tt.sentence, got, tt.want)
		}
		checkSpans(t, a)
	}
}
