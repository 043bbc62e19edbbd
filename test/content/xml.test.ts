import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { cdata, setAutoReplyXml, xmlDocument } from "../../src/content/xml.js";

// A real XML parser reads the text back, so a broken CDATA split cannot pass by accident.
const parser = new XMLParser({ isArray: (name) => name === "question", parseTagValue: false });

describe("xml", () => {
  it("keeps text containing ]]> intact through CDATA", () => {
    const text = 'a]]>b ]]]]> <x>&amp; "q"';
    const parsed = parser.parse(xmlDocument([["content", text]]));
    expect(parsed.xml.content).toBe(text);
    expect(cdata("]]>")).toBe("<![CDATA[]]]]><![CDATA[>]]>");
  });

  it("writes setautoreply fields in the platform's order", () => {
    const xml = setAutoReplyXml("m1", {
      skill: "天气",
      title: "北京?",
      content: "晴]]>",
      questions: ["q1", "q2"],
    });
    expect(xml).toBe(
      "<xml><managerid><![CDATA[m1]]></managerid><skillname><![CDATA[天气]]></skillname>" +
        "<title><![CDATA[北京?]]></title><content><![CDATA[晴]]]]><![CDATA[>]]></content>" +
        "<question><![CDATA[q1]]></question><question><![CDATA[q2]]></question></xml>",
    );
    const parsed = parser.parse(xml);
    expect(parsed.xml).toEqual({
      managerid: "m1",
      skillname: "天气",
      title: "北京?",
      content: "晴]]>",
      question: ["q1", "q2"],
    });
  });
});
