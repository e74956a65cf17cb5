// Plain module (no "use client"), so server components can call buttonClass() for links.
export { buttonClass } from "./button-styles";
export { SubmitButton } from "./submit-button";
