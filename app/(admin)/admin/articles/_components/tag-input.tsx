"use client";

import { useCombobox, useMultipleSelection } from "downshift";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Field } from "@/components/admin/field";
import { useTagSuggestions } from "@/app/(admin)/admin/articles/_components/use-tag-suggestions";
import { parseTagNames } from "@/lib/articles/schemas";
import { staffMessages } from "@/lib/i18n/messages/staff";

const noSubscription = () => () => {};

const sameTag = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * The article's tags: chips for the chosen ones and a combobox (ARIA 1.2, by downshift) that
 * suggests existing tags as you type; Enter or a comma adds the typed text as a new tag. It posts
 * the same comma-separated `tags` field as the plain text input it replaces, which is what the
 * page shows without JavaScript.
 */
export function TagInput({
  label,
  defaultValue,
  errors,
}: {
  label: string;
  defaultValue: string;
  errors?: string[];
}) {
  const ready = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  // Read once, while hydrating, so tags typed into the plain field before the script ran stay.
  const [initial] = useState(() =>
    ready || typeof document === "undefined"
      ? defaultValue
      : ((document.getElementById("tags") as HTMLInputElement | null)?.value ?? defaultValue),
  );
  if (!ready) {
    return (
      <Field
        label={label}
        name="tags"
        defaultValue={defaultValue}
        errors={errors}
        hint={staffMessages().editor.tagsHint}
      />
    );
  }
  return <TagCombobox label={label} initial={initial} errors={errors} />;
}

function TagCombobox({
  label,
  initial,
  errors,
}: {
  label: string;
  initial: string;
  errors?: string[];
}) {
  const t = staffMessages().organising.tags;
  const [tags, setTags] = useState(() => parseTagNames(initial));
  const [inputValue, setInputValue] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const hidden = useRef<HTMLInputElement>(null);
  const [changed, setChanged] = useState(false);
  const suggestions = useTagSuggestions(inputValue);
  const items = suggestions.items.filter((item) => !tags.some((tag) => sameTag(tag, item.name)));

  useEffect(() => {
    // Lets the form notice the change (autosave, unsaved-changes warning).
    if (changed) hidden.current?.dispatchEvent(new Event("input", { bubbles: true }));
  }, [tags, changed]);

  function add(names: string[]) {
    const fresh = parseTagNames(names.join(",")).filter(
      (name) => !tags.some((tag) => sameTag(tag, name)),
    );
    if (fresh.length === 0) return;
    setChanged(true);
    setTags([...tags, ...fresh]);
    setAnnouncement(fresh.map((name) => t.added(name)).join(" "));
  }

  function remove(name: string) {
    setChanged(true);
    setTags(tags.filter((tag) => tag !== name));
    setAnnouncement(t.removed(name));
  }

  const { getSelectedItemProps, getDropdownProps } = useMultipleSelection<string>({
    selectedItems: tags,
    itemToKey: (item) => item,
    onStateChange({ selectedItems, type }) {
      if (
        type === useMultipleSelection.stateChangeTypes.SelectedItemKeyDownBackspace ||
        type === useMultipleSelection.stateChangeTypes.SelectedItemKeyDownDelete ||
        type === useMultipleSelection.stateChangeTypes.DropdownKeyDownBackspace
      ) {
        const gone = tags.find((tag) => !selectedItems?.includes(tag));
        if (gone) remove(gone);
      }
    },
  });

  const { isOpen, getLabelProps, getMenuProps, getInputProps, getItemProps, highlightedIndex } =
    useCombobox({
      items,
      inputId: "tags",
      itemToString: (item) => item?.name ?? "",
      selectedItem: null,
      inputValue,
      stateReducer(state, { changes, type }) {
        switch (type) {
          case useCombobox.stateChangeTypes.InputKeyDownEnter:
          case useCombobox.stateChangeTypes.ItemClick:
            return { ...changes, isOpen: true, highlightedIndex: -1, inputValue: "" };
          case useCombobox.stateChangeTypes.InputBlur:
            // Leaving the box keeps what was typed (it is posted) and picks nothing.
            return { ...changes, selectedItem: null, inputValue: state.inputValue };
          default:
            return changes;
        }
      },
      onStateChange({ type, selectedItem, inputValue: typed }) {
        if (
          (type === useCombobox.stateChangeTypes.InputKeyDownEnter ||
            type === useCombobox.stateChangeTypes.ItemClick) &&
          selectedItem
        ) {
          add([selectedItem.name]);
          setInputValue("");
        } else if (type === useCombobox.stateChangeTypes.InputKeyDownEscape && typed === "") {
          setInputValue("");
        }
      },
    });

  const typed = inputValue.trim();
  const posted = [...tags, ...(typed ? [typed] : [])].join(", ");
  const hintIds = ["tags-hint", errors?.length ? "tags-error" : ""].filter(Boolean).join(" ");

  // Set here, in the input's own change event, not in onStateChange: downshift calls that from
  // an effect, and a keystroke typed before it runs would be lost.
  function onChange(event: React.ChangeEvent<HTMLInputElement>) {
    // A comma typed or pasted ends a tag; the text after the last one is still being typed.
    const parts = event.target.value.split(",");
    const rest = parts.pop() ?? "";
    if (parts.length > 0) add(parts);
    setInputValue(parts.length > 0 ? rest.trimStart() : rest);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const addsTyped = event.key === "," || (event.key === "Enter" && highlightedIndex < 0);
    if (!addsTyped || (event.key === "Enter" && !typed)) return;
    event.preventDefault();
    (
      event.nativeEvent as KeyboardEvent & { preventDownshiftDefault?: boolean }
    ).preventDownshiftDefault = true;
    if (typed) add([typed]);
    setInputValue("");
  }

  return (
    <div className="relative">
      <label {...getLabelProps()} className="block text-sm font-semibold">
        {label}
      </label>
      <input type="hidden" name="tags" value={posted} ref={hidden} />
      <div className="border-line mt-1 rounded border bg-white p-2">
        {tags.length > 0 ? (
          <ul className="mb-2 flex flex-wrap gap-1">
            {tags.map((tag, index) => (
              <li
                key={tag}
                {...getSelectedItemProps({ selectedItem: tag, index })}
                className="bg-paper border-line text-ink flex max-w-full items-center gap-1 rounded border py-0.5 pr-0.5 pl-2 text-sm [overflow-wrap:anywhere]"
              >
                {tag}
                <button
                  type="button"
                  aria-label={t.remove(tag)}
                  title={t.remove(tag)}
                  onClick={(event) => {
                    event.stopPropagation();
                    remove(tag);
                    document.getElementById("tags")?.focus();
                  }}
                  className="hover:bg-line rounded px-1.5 leading-none"
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          {...getInputProps(
            getDropdownProps({
              preventKeyAction: isOpen,
              onKeyDown,
              onChange,
              "aria-describedby": hintIds,
              "aria-invalid": errors?.length ? true : undefined,
            }),
          )}
          className="text-ink block w-full px-1 py-1 text-base outline-none"
        />
      </div>
      <ul
        {...getMenuProps({ "aria-labelledby": undefined, "aria-label": t.suggestions })}
        className={
          isOpen && items.length > 0
            ? "border-line absolute inset-x-0 z-10 mt-1 max-h-60 overflow-y-auto rounded border bg-white shadow"
            : "hidden"
        }
      >
        {isOpen
          ? items.map((item, index) => (
              <li
                key={item.name}
                {...getItemProps({ item, index })}
                className={`flex cursor-pointer justify-between gap-3 px-3 py-1.5 text-sm ${
                  highlightedIndex === index ? "bg-ink text-white" : ""
                }`}
              >
                <span>
                  {item.name}
                  {item.matchedName ? ` (${t.alsoNamed(item.matchedName)})` : ""}
                </span>{" "}
                <span className={highlightedIndex === index ? "" : "text-muted"}>
                  {t.uses(item.uses)}
                </span>
              </li>
            ))
          : null}
      </ul>
      <p id="tags-hint" className="text-muted mt-1 text-sm">
        {suggestions.failed ? t.loadFailed : t.hint}
      </p>
      {errors?.length ? (
        <p id="tags-error" className="text-accent mt-1 text-sm font-semibold">
          {errors.join(" ")}
        </p>
      ) : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
