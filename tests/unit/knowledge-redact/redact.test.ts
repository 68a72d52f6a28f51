import { describe, expect, it } from "vitest";
import { containsSensitive, redactSensitive, type SensitiveKind } from "@/server/knowledge/redact";

/** Redacts `text` and checks each planted value was found as `kind`, removed, and not echoed in its preview. */
function expectRedacted(text: string, planted: [SensitiveKind, string][]) {
  const result = redactSensitive(text);
  for (const [kind, value] of planted) {
    const finding = result.findings.find((f) => text.slice(f.start, f.end) === value);
    expect(finding, `${kind} ${value}`).toBeDefined();
    expect(finding?.kind).toBe(kind);
    expect(result.text).not.toContain(value);
    const secretCore = value.replace(/[\s-]/g, "").slice(0, -4);
    expect(finding?.preview).not.toContain(secretCore);
  }
  expect(result.findings).toHaveLength(planted.length);
  expect(containsSensitive(text)).toBe(true);
  return result;
}

function expectUntouched(text: string) {
  const result = redactSensitive(text);
  expect(result.findings, JSON.stringify(result.findings.map((f) => text.slice(f.start, f.end)))).toEqual([]);
  expect(result.text).toBe(text);
  expect(containsSensitive(text)).toBe(false);
}

describe("redactSensitive: planted values", () => {
  it("replaces values with labels and reports positions in the original text", () => {
    const text = "Card 4111 1111 1111 1111, thanks.";
    const result = redactSensitive(text);
    expect(result.text).toBe("Card [REDACTED CARD], thanks.");
    expect(result.findings).toEqual([{ kind: "card", start: 5, end: 24, preview: "card ending 1111" }]);
  });

  it("finds cards of the major networks, grouped or not", () => {
    expectRedacted(
      "Customer paid with 4111 1111 1111 1111, then 5500-0000-0000-0004, Amex 3782 822463 10005, " +
        "Discover 6011111111111117, JCB 3530111333300000 and 2223 0031 2200 3222.",
      [
        ["card", "4111 1111 1111 1111"],
        ["card", "5500-0000-0000-0004"],
        ["card", "3782 822463 10005"],
        ["card", "6011111111111117"],
        ["card", "3530111333300000"],
        ["card", "2223 0031 2200 3222"],
      ],
    );
  });

  it("finds a card after unrelated numbers in the same run", () => {
    expectRedacted("Ref 12 4111 1111 1111 1111 12", [["card", "4111 1111 1111 1111"]]);
  });

  it("finds IBANs with and without spaces (Swedish text)", () => {
    const result = expectRedacted(
      "Betala till SE45 5000 0000 0583 9825 7466 eller DE89370400440532013000. Konto i Norge: NO93 8601 1117 947.",
      [
        ["iban", "SE45 5000 0000 0583 9825 7466"],
        ["iban", "DE89370400440532013000"],
        ["iban", "NO93 8601 1117 947"],
      ],
    );
    expect(result.findings[0]?.preview).toBe("SE IBAN ending 7466");
  });

  it("finds IBANs with letters in the account part (French text)", () => {
    expectRedacted("Virement sur FR14 2004 1010 0505 0001 3M02 606 ou GB82 WEST 1234 5698 7654 32 SVP.", [
      ["iban", "FR14 2004 1010 0505 0001 3M02 606"],
      ["iban", "GB82 WEST 1234 5698 7654 32"],
    ]);
  });

  it("finds personnummer in all written forms, including samordningsnummer and leap days", () => {
    expectRedacted(
      "Mitt personnummer är 811228-9874, hennes är 19811228-9874 eller 198112289874. " +
        "Pappa (över 100): 121212+1212. Samordningsnummer 701063-2391. Skottdag 000229-1003.",
      [
        ["personnummer", "811228-9874"],
        ["personnummer", "19811228-9874"],
        ["personnummer", "198112289874"],
        ["personnummer", "121212+1212"],
        ["personnummer", "701063-2391"],
        ["personnummer", "000229-1003"],
      ],
    );
  });

  it("finds US social security numbers", () => {
    const result = expectRedacted("My SSN is 123-45-6789 and my wife's is 536-22-1234.", [
      ["ssn", "123-45-6789"],
      ["ssn", "536-22-1234"],
    ]);
    expect(result.findings.map((f) => f.preview)).toEqual(["SSN ending 6789", "SSN ending 1234"]);
  });

  it("finds well-known API key formats", () => {
    const result = expectRedacted(
      [
        "OPENAI=sk-proj-abc123DEF456ghi789JKL012mno345",
        "legacy sk-abcdefghij1234567890ABCDEFGHIJ1234567890abcdefgh",
        "claude sk-ant-api03-abcDEF123456ghiJKL789mnoPQR",
        "gh ghp_abcdefghijklmnopqrstuvwxyz0123456789 and github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ",
        "aws AKIAIOSFODNN7EXAMPLE aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "stripe sk_live_4eC39HqLyjWDarjtT1zdp7dc rk_live_51Habcdefghijklmnop",
        "slack xoxb-1234567890-abcdefghij google AIzaSyA1234567890abcdefghijklmnopqrstuv",
        "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
      ].join("\n"),
      [
        ["api_key", "sk-proj-abc123DEF456ghi789JKL012mno345"],
        ["api_key", "sk-abcdefghij1234567890ABCDEFGHIJ1234567890abcdefgh"],
        ["api_key", "sk-ant-api03-abcDEF123456ghiJKL789mnoPQR"],
        ["api_key", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"],
        ["api_key", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ"],
        ["api_key", "AKIAIOSFODNN7EXAMPLE"],
        ["api_key", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
        ["api_key", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"],
        ["api_key", "rk_live_51Habcdefghijklmnop"],
        ["api_key", "xoxb-1234567890-abcdefghij"],
        ["api_key", "AIzaSyA1234567890abcdefghijklmnopqrstuv"],
        ["api_key", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"],
      ],
    );
    expect(result.findings.map((f) => f.preview)).toContain("Anthropic key sk-ant-…");
  });

  it("redacts whole private key blocks, even truncated ones", () => {
    const pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----";
    expect(redactSensitive(`Key:\n${pem}\nDone.`).text).toBe("Key:\n[REDACTED API KEY]\nDone.");
    const truncated = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nAAAAMwAAAAtzc2gtZW";
    expect(redactSensitive(`${truncated}\n\nThanks`).text).toBe("[REDACTED API KEY]\n\nThanks");
  });

  it("finds secrets after keywords when the value looks random (German and English config)", () => {
    expectRedacted(
      'Konfiguration: api_key=Zx9fT2qLmP8vRw3K, "client_secret": "a8F3kL9mQ2xZ7pW4", ACCESS_TOKEN: 9f86d081884c7d659a2feaa0c55ad015 ' +
        "und Authorization: Bearer abcdefghijklmnop1234567890XYZ",
      [
        ["secret", "Zx9fT2qLmP8vRw3K"],
        ["secret", "a8F3kL9mQ2xZ7pW4"],
        ["secret", "9f86d081884c7d659a2feaa0c55ad015"],
        ["secret", "abcdefghijklmnop1234567890XYZ"],
      ],
    );
  });

  it("finds passwords after the keyword in en/sv/fr/de/es and in URLs", () => {
    const result = expectRedacted(
      "Password: hunter2! Ditt lösenord: Sommar2024 Votre mot de passe : Azerty123! Passwort: Geheim#99 " +
        'contraseña: Clave2024 pwd=abc123xyz **Password:** Tr0ub4dor&3 DB_PASSWORD="p@ss word 9" ' +
        "postgres://admin:s3cretPw@db.example.com:5432/app",
      [
        ["password", "hunter2!"],
        ["password", "Sommar2024"],
        ["password", "Azerty123!"],
        ["password", "Geheim#99"],
        ["password", "Clave2024"],
        ["password", "abc123xyz"],
        ["password", "Tr0ub4dor&3"],
        ["password", "p@ss word 9"],
        ["password", "s3cretPw"],
      ],
    );
    expect(result.text).toContain("Ditt lösenord: [REDACTED PASSWORD] Votre mot de passe : [REDACTED PASSWORD] ");
    expect(result.text).toContain("postgres://admin:[REDACTED PASSWORD]@db.example.com");
    expect(result.findings[1]?.preview).toBe('value of "lösenord"');
  });

  it("prefers the specific reading when detectors overlap", () => {
    const result = redactSensitive("api_key: sk-proj-abc123DEF456ghi789JKL012mno345");
    expect(result.findings.map((f) => f.kind)).toEqual(["api_key"]);
    expect(result.text).toBe("api_key: [REDACTED API KEY]");
  });
});

describe("redactSensitive: near misses stay untouched", () => {
  const nearMisses: [string, string][] = [
    ["invalid Luhn cards", "Card 4111 1111 1111 1112 and 5500 0000 0000 0005 were declined."],
    ["unknown issuer", "Number 1234 5678 9012 3456 and 9999 9999 9999 9995."],
    ["phone numbers", "Ring +46 70 123 45 67, 08-123 456 78, +33 1 23 45 67 89, (555) 123-4567, +4915112345678 or 0701234567."],
    ["ISBNs", "ISBN 978-3-16-148410-0, 9783161484100 and 0-306-40615-2."],
    ["order numbers", "Order #100234567890123, ORD-2024-000123, invoice 2024-0001-2345, tracking 1Z999AA10123456784."],
    ["dates and times", "Due 2024-01-15, 15.01.2024, 20240115, timestamp 1700000000000."],
    ["prices", "Total 1 299,00 kr, €1,299.00, $ 12,345,678.90 and 4 111 111 SEK."],
    ["invalid IBAN checksums", "IBAN SE45 5000 0000 0583 9825 7467 or DE89 3704 0044 0532 0130 01 or XX89370400440532013000."],
    ["invalid personnummer dates", "Nummer 811328-1003, 811232-1008, 010229-1002 and 811228-9875."],
    ["invalid SSNs", "SSN 000-12-3456, 666-12-3456, 912-34-5678, 123-00-4567, 123-45-0000."],
    [
      "identifiers",
      "Commit a94a8fe5ccb19ba61c4c0873d391e987982fbbd3, id 123e4567-e89b-12d3-a456-426614174000, ticket zq-r-4fa9c07d1b2e3a5968d7c0b1e2f.",
    ],
    [
      "English help text",
      "Enter your password in the field. Password: enter the password you chose. **Password:** the one from the email. Share paper password: No/Optional/Required.",
    ],
    ["Swedish help text", "Skriv ditt lösenord i fältet. Lösenord: välj ett starkt lösenord. Glömt lösenordet?"],
    ["French help text", "Saisissez votre mot de passe. Mot de passe : 7 caractères minimum. Mot de passe : obligatoire."],
    ["German help text", "Passwort: mindestens 8 Zeichen. Kennwort: Ihr gewähltes Kennwort."],
    ["Spanish help text", "Contraseña: obligatoria. Introduzca su contraseña."],
    ["masked and templated values", "password: ******** api_key: your-api-key API_KEY=${API_KEY} token: <TOKEN> secret: yes token = 1234"],
    ["prose that resembles key prefixes", "We use sk-learn-style-naming and the eyJ prefix. The token: expires daily."],
  ];

  for (const [name, text] of nearMisses) {
    it(name, () => expectUntouched(text));
  }
});

describe("markdown-escaped values", () => {
  it("finds values a markdown converter escaped, and removes the escaped form", () => {
    const text = "Token ghp\\_1234567890abcdefghijABCDEFGHIJ123456 and card 4111\\-1111\\-1111\\-1111.";
    const result = redactSensitive(text);
    expect(result.findings.map((finding) => finding.kind)).toEqual(["api_key", "card"]);
    expect(result.text).toBe("Token [REDACTED API KEY] and card [REDACTED CARD].");
    expect(text.slice(result.findings[0]!.start, result.findings[0]!.end)).toBe("ghp\\_1234567890abcdefghijABCDEFGHIJ123456");
  });
});
