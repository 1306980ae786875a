/**
 * Fake tool / agent traces: text that imitates the scaffolding of an agent loop (ReAct
 * "Thought/Action/Observation", tool-result tags, function-call JSON) so that the model treats
 * attacker text as tool output or its own reasoning.
 */
import type { RuleDef } from "./rule";

export const TOOL_TRACE_RULES: readonly RuleDef[] = [
  {
    id: "tool.result_tags",
    category: "fake_tool_trace",
    weight: 0.75,
    description: "Tool-protocol tags: </tool_result>, <function_results>, <tool_call>, </tool_use>.",
    pattern: `<\\/?(?:tool_result|tool_results|tool_call|tool_calls|tool_use|tool_response|tool_output|function_results?|function_call|function_calls|function_response|invoke|antml:invoke|observation|search_results?)\\b[^>]{0,60}>`,
    keywords: [
      "<tool",
      "</tool",
      "<function",
      "</function",
      "<invoke",
      "</invoke",
      "<antml",
      "<observation",
      "</observation",
      "<search_result",
      "</search_result",
    ],
  },
  {
    id: "tool.react_trace",
    category: "fake_tool_trace",
    weight: 0.55,
    description:
      "ReAct headers at line start: 'Thought:', 'Action:', 'Action Input:', 'Observation:', 'Final Answer:'.",
    // A bare "Action:" is also a meeting-minutes item, an iCalendar alarm field and a YAML key:
    // it counts only as supporting evidence (tool.react_action_header).
    pattern: `(?:thought|action input|observation|final answer|tool output|tool result|function output) ?:`,
    keywords: [
      "thought:",
      "thought :",
      "input:",
      "input :",
      "observation:",
      "observation :",
      "answer:",
      "answer :",
      "output:",
      "output :",
      "result:",
      "result :",
    ],
    lineStart: true,
  },
  {
    id: "tool.function_call_json",
    category: "fake_tool_trace",
    weight: 0.5,
    description:
      'Function-call JSON: {"name": "send_email", "arguments": {...}} or {"tool": ..., "parameters": ...}.',
    pattern: `\\{ ?"(?:name|function|tool|tool_name|action|recipient_name)" ?: ?"[a-z0-9_.-]{1,60}" ?, ?"(?:arguments|parameters|args|input|action_input|tool_input)" ?: ?[{"]`,
    keywords: ['"name"', '"function"', '"tool"', '"tool_name"', '"action"', '"recipient_name"'],
  },
  {
    id: "tool.forged_result_instruction",
    category: "fake_tool_trace",
    weight: 0.6,
    description:
      "Forged tool output carrying orders: 'the tool returned: new instructions', 'search result: ignore the user'.",
    pattern: `\\b(?:tool|function|api|search|plugin|browser) (?:result|output|response|returned)s? ?:${"[^.!?\\n]{0,40}?"}\\b(?:ignore|disregard|new instructions?|you must|you should now|system)\\b`,
    keywords: ["tool", "function", "api", "search", "plugin", "browser"],
  },
  {
    id: "tool.react_action_header",
    category: "fake_tool_trace",
    weight: 0.3,
    description:
      "A bare ReAct 'Action:' header at line start. Supporting evidence only: minutes ('Action: Marcus to…'), iCalendar alarms and YAML use the same word.",
    pattern: `action ?:`,
    keywords: ["action:", "action :"],
    lineStart: true,
  },
];
