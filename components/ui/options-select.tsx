import type { FieldControlProps } from "@/components/ui/form-field";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

type OptionsSelectProps<T extends string> = {
  value: T;
  onValueChange: (value: T) => void;
  options: readonly SelectOption<T>[];
  /** The wiring a FormField passes to its control (id, aria-describedby, aria-invalid). */
  control?: FieldControlProps;
  disabled?: boolean;
  triggerClassName?: string;
};

/** A Select over a fixed list of options: the common case, wired for use inside a FormField. */
export function OptionsSelect<T extends string>({ value, onValueChange, options, control, disabled, triggerClassName = "w-full" }: OptionsSelectProps<T>) {
  return (
    <Select value={value} onValueChange={(next) => onValueChange(next as T)} disabled={disabled}>
      <SelectTrigger {...control} className={triggerClassName}>
        <SelectValue />
      </SelectTrigger>
      <SelectContent>
        {options.map((option) => (
          <SelectItem key={option.value} value={option.value}>
            {option.label}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
