package city.citizen.internal.benefit;

/**
 * The benefits granted without applying, to every citizen whose household registry record (the birth date) shows
 * them eligible. The figures are Shanghai's: public transit for seniors, and the elderly comprehensive allowance
 * (老年综合津贴, since 2016) by age band.
 */
public enum Benefit {
    /** Half fare on the metro from 65, applied by payments' gantries. */
    SENIOR_TRANSIT(
            65,
            "敬老乘车优惠",
            "Senior transit concession",
            "年满65周岁，乘坐地铁享受半价优惠，自动生效。",
            "From 65, metro fares are half price, automatically."),
    /** Free metro from 70. */
    FREE_TRANSIT(
            70,
            "高龄老人免费乘车",
            "Free transit from 70",
            "年满70周岁，乘坐地铁免费，自动生效。",
            "From 70, the metro is free, automatically."),
    /** A monthly allowance into the wallet from 65: 75 yuan a month to 69, up to 600 from 100. */
    ELDERLY_ALLOWANCE(
            65,
            "老年综合津贴",
            "Elderly comprehensive allowance",
            "年满65周岁，每月发放至钱包：65-69岁75元，70-79岁150元，80-89岁180元，90-99岁350元，100岁以上600元。",
            "From 65, paid into the wallet each month: 75 yuan at 65-69, 150 at 70-79, 180 at 80-89, 350 at 90-99,"
                    + " 600 from 100.");

    private final int fromAge;
    private final String nameZh;
    private final String nameEn;
    private final String descriptionZh;
    private final String descriptionEn;

    Benefit(int fromAge, String nameZh, String nameEn, String descriptionZh, String descriptionEn) {
        this.fromAge = fromAge;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.descriptionZh = descriptionZh;
        this.descriptionEn = descriptionEn;
    }

    public int fromAge() {
        return fromAge;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    /** The elderly allowance of a month at this age, in fen. */
    static long allowanceFen(int age) {
        if (age >= 100) {
            return 60_000;
        }
        if (age >= 90) {
            return 35_000;
        }
        if (age >= 80) {
            return 18_000;
        }
        if (age >= 70) {
            return 15_000;
        }
        return age >= 65 ? 7_500 : 0;
    }
}
