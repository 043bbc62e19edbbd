import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import {
  batchImportSkillXml,
  cdata,
  setAutoReplyXml,
  xmlDocument,
} from "../../src/platform/xml.js";

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

  it("writes batchimportskill skills with the answer last, under <answer>", () => {
    const xml = batchImportSkillXml("m1", 1, [
      { skill: "天气", title: "北京?", content: "晴", questions: ["q1", "q2"] },
      { skill: "账户", title: "开户", content: "a]]>b", questions: ["q3"] },
    ]);
    expect(xml).toBe(
      "<xml><managerid><![CDATA[m1]]></managerid><mode><![CDATA[1]]></mode>" +
        "<skill><skillname><![CDATA[天气]]></skillname><title><![CDATA[北京?]]></title>" +
        "<question><![CDATA[q1]]></question><question><![CDATA[q2]]></question>" +
        "<answer><![CDATA[晴]]></answer></skill>" +
        "<skill><skillname><![CDATA[账户]]></skillname><title><![CDATA[开户]]></title>" +
        "<question><![CDATA[q3]]></question><answer><![CDATA[a]]]]><![CDATA[>b]]></answer></skill></xml>",
    );
    const skills = new XMLParser({
      isArray: (name) => name === "question" || name === "skill",
      parseTagValue: false,
    }).parse(xml).xml.skill;
    expect(skills[1]).toEqual({
      skillname: "账户",
      title: "开户",
      question: ["q3"],
      answer: "a]]>b",
    });
  });
});
