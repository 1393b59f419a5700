package org.tsunagu.site;

import java.text.Normalizer;
import java.util.List;

import org.tsunagu.core.load.Email;
import org.tsunagu.core.load.Field;
import org.tsunagu.core.load.Phone;
import org.tsunagu.core.load.WebUrl;

/** {@code data/site.yaml}: the centre itself. A key that is not listed here is an error. */
public record SiteConfig(
        @Field(ja = "センター名", en = "Centre name", required = true, maxLength = 80,
                example = "きよせボランティア・市民活動センター") String name,
        @Field(ja = "センター名（英語）", en = "Centre name in English", maxLength = 120) String nameEn,
        @Field(ja = "サイトの説明", en = "Site description", required = true, maxLength = 300) String description,
        @Field(ja = "サイトの説明（英語）", en = "Site description in English", maxLength = 600) String descriptionEn,
        @Field(ja = "公開先のURL", en = "Base URL", required = true, example = "https://www.example.jp/") WebUrl baseUrl,
        @Field(ja = "言語", en = "Language", example = "ja") String language,
        @Field(ja = "和暦を併記する", en = "Show Japanese era years") boolean wareki,
        @Field(ja = "郵便番号", en = "Postal code", example = "204-0021") String postalCode,
        @Field(ja = "住所", en = "Address", required = true, maxLength = 200) String address,
        @Field(ja = "電話番号", en = "Telephone", example = "042-000-0000") Phone phone,
        @Field(ja = "FAX番号", en = "Fax") Phone fax,
        @Field(ja = "メールアドレス", en = "E-mail") Email email,
        @Field(ja = "開館時間", en = "Opening hours") List<String> hours,
        @Field(ja = "休館日", en = "Closed on", maxLength = 200) String closed,
        @Field(ja = "交通アクセス", en = "Access", maxLength = 400) String access,
        @Field(ja = "運営", en = "Operated by", maxLength = 120) String operator,
        @Field(ja = "地図のURL", en = "Map URL") WebUrl mapUrl,
        @Field(ja = "全国地方公共団体コード（6桁）", en = "Local government code (6 digits)",
                example = "\"132225\"") String localGovernmentCode,
        @Field(ja = "都道府県名", en = "Prefecture", maxLength = 10, example = "東京都") String prefecture,
        @Field(ja = "市区町村名", en = "Municipality", maxLength = 40, example = "清瀬市") String municipality,
        @Field(ja = "オープンデータのライセンス", en = "Open-data licence") Licence openDataLicence,
        @Field(ja = "締切間近と表示する日数", en = "Days before a deadline shown as closing soon", example = "14")
        Integer closingSoonDays,
        @Field(ja = "団体情報の確認を促すまでの月数（職員レポート）", en = "Months after which a group's information is due"
                + " to be confirmed (staff report)", example = "12") Integer confirmationMonths,
        @Field(ja = "ふりがなを表示できるようにする", en = "Offer readings (furigana) above kanji") boolean furigana,
        @Field(ja = "英語版（/en/）も作る", en = "Also build the English version (/en/)") boolean english,
        @Field(ja = "公開しているメールアドレスをオープンデータにも載せる",
                en = "Also put published e-mail addresses in the open data") boolean openDataEmail,
        @Field(ja = "このサイトのリポジトリ（フォームから変更を提案する先）",
                en = "The site's repository (where the forms propose changes)") Repository repository) {

    /** The licence of the open data unless the site names another. */
    public static final Licence DEFAULT_LICENCE =
            new Licence("CC BY 4.0", new WebUrl("https://creativecommons.org/licenses/by/4.0/deed.ja"));

    public SiteConfig {
        hours = hours == null ? List.of() : List.copyOf(hours);
        language = language == null ? "ja" : language;
        localGovernmentCode = localGovernmentCode == null ? null
                : Normalizer.normalize(localGovernmentCode, Normalizer.Form.NFKC).strip();
        openDataLicence = openDataLicence == null ? DEFAULT_LICENCE : openDataLicence;
        closingSoonDays = closingSoonDays == null ? DEFAULT_CLOSING_SOON_DAYS : closingSoonDays;
    }

    /** A grant round is 締切間近 from this many days before it closes, unless the site says otherwise. */
    public static final int DEFAULT_CLOSING_SOON_DAYS = 14;

    /** The terms under which the open data may be used: a name and the address of its text. */
    public record Licence(
            @Field(ja = "ライセンス名", en = "Name", required = true, maxLength = 100, example = "CC BY 4.0")
            String name,
            @Field(ja = "ライセンスのURL", en = "URL", required = true,
                    example = "https://creativecommons.org/licenses/by/4.0/deed.ja") WebUrl url) {
    }

    /**
     * Where the site's files are kept on GitHub, so that a form can open the new file there in the
     * web editor, ready to become a pull request.
     */
    public record Repository(
            @Field(ja = "リポジトリのURL", en = "Repository URL", required = true,
                    example = "https://github.com/kiyose-center/tsunagu-site") WebUrl url,
            @Field(ja = "ブランチ", en = "Branch", maxLength = 100, example = "main") String branch) {

        public Repository {
            branch = branch == null || branch.isBlank() ? "main" : branch.strip();
        }

        /** The address of the repository without a trailing slash. */
        public String root() {
            String u = url.value().strip();
            return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
        }
    }

    /** The same settings published at another address (the command line's --base-url). */
    public SiteConfig withBaseUrl(WebUrl url) {
        return new SiteConfig(name, nameEn, description, descriptionEn, url, language, wareki, postalCode, address,
                phone, fax, email, hours, closed, access, operator, mapUrl, localGovernmentCode, prefecture,
                municipality, openDataLicence, closingSoonDays, confirmationMonths, furigana, english, openDataEmail,
                repository);
    }

    /** The base URL without a trailing slash, to which site paths ({@code /groups/}) are appended. */
    public String root() {
        String u = baseUrl.value();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
